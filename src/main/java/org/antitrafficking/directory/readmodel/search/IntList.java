package org.antitrafficking.directory.readmodel.search;

import java.util.Arrays;

import org.jspecify.annotations.Nullable;

/** A growing list of ints, without boxing. */
final class IntList {

    private int[] values = new int[4];

    private int size;

    void add(int value) {
        if (size == values.length) {
            values = Arrays.copyOf(values, size * 2);
        }
        values[size++] = value;
    }

    /**
     * Adds the value unless it is the last one already: a record's number, added for each
     * of its words, is listed once.
     */
    void addUnlessLast(int value) {
        if (size == 0 || values[size - 1] != value) {
            add(value);
        }
    }

    /** A list holding these values. */
    static IntList of(int[] values) {
        IntList list = new IntList();
        list.values = Arrays.copyOf(values, Math.max(4, values.length + 1));
        list.size = values.length;
        return list;
    }

    /**
     * In a list of postings in the order of their records' numbers (the bits above the
     * low eight), puts {@code posting} in the place of the record's posting, or takes
     * that out if {@code posting} is null.
     */
    void replace(int doc, @Nullable Integer posting) {
        int low = 0;
        int high = size;
        while (low < high) {
            int middle = (low + high) >>> 1;
            if ((values[middle] >>> 8) < doc) {
                low = middle + 1;
            }
            else {
                high = middle;
            }
        }
        boolean present = low < size && (values[low] >>> 8) == doc;
        if (posting == null) {
            if (present) {
                System.arraycopy(values, low + 1, values, low, size - low - 1);
                size--;
            }
            return;
        }
        if (!present) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            System.arraycopy(values, low, values, low + 1, size - low);
            size++;
        }
        values[low] = posting;
    }

    int get(int index) {
        return values[index];
    }

    int size() {
        return size;
    }

    void clear() {
        size = 0;
    }

    int[] toArray() {
        return Arrays.copyOf(values, size);
    }

}
