package org.antitrafficking.directory.readmodel.search;

import java.util.Arrays;

/**
 * The best hits of possibly many thousands, without sorting them all. Each candidate is
 * one long, larger for a better hit: its tier, the score's bits (a positive float's bits
 * order as the float does), then the inverse of its place in name order; the smallest
 * kept is on top of a heap.
 */
final class TopHits {

    /** A hit's place in name order, in the low bits of its ranking key. */
    static final int NAME_RANK_BITS = 30;

    static final long NAME_RANK_MASK = (1L << NAME_RANK_BITS) - 1;

    /** Where the tier starts in a ranking key, above the score's bits. */
    private static final int TIER_SHIFT = 61;

    private final long[] best;

    private int kept;

    TopHits(int capacity) {
        this.best = new long[capacity];
    }

    /**
     * The ranking key of a hit: its tier (0, 1 or 2), its score (positive or zero) and
     * its place in name order.
     */
    static long key(long tier, float score, int nameRank) {
        return (tier << TIER_SHIFT) | ((long) Float.floatToIntBits(score) << NAME_RANK_BITS)
                | (NAME_RANK_MASK - nameRank);
    }

    static long tier(long key) {
        return key >>> TIER_SHIFT;
    }

    static float score(long key) {
        return Float.intBitsToFloat((int) ((key >>> NAME_RANK_BITS) & 0x7FFFFFFFL));
    }

    static int nameRank(long key) {
        return (int) (NAME_RANK_MASK - (key & NAME_RANK_MASK));
    }

    /** Keeps the hit if fewer are kept than fit, or if it is better than the worst. */
    void offer(long key) {
        if (kept < best.length) {
            best[kept++] = key;
            siftUp(best, kept - 1);
        }
        else if (key > best[0]) {
            best[0] = key;
            siftDown(best, kept);
        }
    }

    /** The keys kept, best first. */
    long[] ranked() {
        long[] ranked = Arrays.copyOf(best, kept);
        Arrays.sort(ranked);
        long[] bestFirst = new long[kept];
        for (int i = 0; i < kept; i++) {
            bestFirst[i] = ranked[kept - 1 - i];
        }
        return bestFirst;
    }

    /** Restores the heap (smallest key on top) after adding at {@code at}. */
    private static void siftUp(long[] heap, int at) {
        while (at > 0) {
            int parent = (at - 1) / 2;
            if (heap[parent] <= heap[at]) {
                return;
            }
            long swap = heap[parent];
            heap[parent] = heap[at];
            heap[at] = swap;
            at = parent;
        }
    }

    /** Restores the heap of {@code size} keys after replacing its top. */
    private static void siftDown(long[] heap, int size) {
        int at = 0;
        while (true) {
            int smallest = at;
            int left = 2 * at + 1;
            int right = left + 1;
            if (left < size && heap[left] < heap[smallest]) {
                smallest = left;
            }
            if (right < size && heap[right] < heap[smallest]) {
                smallest = right;
            }
            if (smallest == at) {
                return;
            }
            long swap = heap[smallest];
            heap[smallest] = heap[at];
            heap[at] = swap;
            at = smallest;
        }
    }

}
