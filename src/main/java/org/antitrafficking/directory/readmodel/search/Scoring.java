package org.antitrafficking.directory.readmodel.search;

/**
 * The work arrays of one search. Only the candidates' entries are ever set, and they are
 * cleared on close, when the arrays go back to their pool.
 */
final class Scoring implements AutoCloseable {

    final float[] total;

    final byte[] matchedWords;

    /**
     * How many of the searched words each record has in its names, and whether it has the
     * current one.
     */
    final byte[] namedWords;

    final boolean[] wordInNames;

    final float[] wordWeight;

    final int[] touched;

    final int[] candidates;

    int candidateCount;

    int words;

    /**
     * The dictionary words one searched word matches; grows as a short prefix needs.
     */
    int[] terms = new int[64];

    private final ScoringPool pool;

    Scoring(int size, ScoringPool pool) {
        total = new float[size];
        matchedWords = new byte[size];
        namedWords = new byte[size];
        wordInNames = new boolean[size];
        wordWeight = new float[size];
        touched = new int[size];
        candidates = new int[size];
        this.pool = pool;
    }

    boolean matchesAll(int doc) {
        return matchedWords[doc] == words;
    }

    boolean allInNames(int doc) {
        return namedWords[doc] == words;
    }

    @Override
    public void close() {
        for (int i = 0; i < candidateCount; i++) {
            total[candidates[i]] = 0;
            matchedWords[candidates[i]] = 0;
            namedWords[candidates[i]] = 0;
        }
        candidateCount = 0;
        pool.giveBack(this);
    }

}
