package org.antitrafficking.directory.readmodel.search;

import java.util.Arrays;

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
