package org.antitrafficking.directory.readmodel.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Each word of the records, kept in one sorted dictionary, and the words' stems in
 * another that names the words of each stem; a searched word finds the range of words and
 * of stems it begins, and the words' postings name the records with the weight of their
 * occurrences.
 */
final class Dictionary {

    /** The step a posting's weight is counted in. */
    static final float WEIGHT_STEP = 0.2f;

    /** A posting's low seven bits: the weight of the occurrences, in steps. */
    static final int WEIGHT_BITS = 0x7F;

    /** A posting's eighth bit: the word is in the record's names. */
    static final int IN_NAMES = 0x80;

    /** The records' words, sorted. */
    private final String[] terms;

    /**
     * Per term, one int per record that uses it: the record's number above the low eight
     * bits, and in them the weight of its occurrences in steps of {@value #WEIGHT_STEP}.
     */
    private final int[][] postings;

    /** The stems of the records' words, sorted, and for each the terms that have it. */
    private final String[] stemTerms;

    private final int[][] termsByStem;

    /** Per term, the place of its stem in {@link #stemTerms}. */
    private final int[] stemOfTerm;

    private Dictionary(String[] terms, int[][] postings, String[] stemTerms, int[][] termsByStem) {
        this.terms = terms;
        this.postings = postings;
        this.stemTerms = stemTerms;
        this.termsByStem = termsByStem;
        this.stemOfTerm = new int[terms.length];
        for (int stem = 0; stem < termsByStem.length; stem++) {
            for (int term : termsByStem[stem]) {
                stemOfTerm[term] = stem;
            }
        }
    }

    /**
     * Freezes the postings collected for each word, given the stem of every word, into
     * sorted arrays.
     */
    static Dictionary of(Map<String, IntList> postings, Map<String, String> stems) {
        String[] terms = postings.keySet().toArray(String[]::new);
        Arrays.sort(terms);
        int[][] lists = new int[terms.length][];
        String[] stemOfTerm = new String[terms.length];
        for (int i = 0; i < terms.length; i++) {
            lists[i] = postings.get(terms[i]).toArray();
            stemOfTerm[i] = stems.get(terms[i]);
        }
        return of(terms, lists, stemOfTerm);
    }

    /**
     * Takes the words sorted, each with its postings and its stem, at the same place in
     * {@code postings} and {@code stemOfTerm}.
     */
    static Dictionary of(String[] terms, int[][] postings, String[] stemOfTerm) {
        Map<String, IntList> byStem = new HashMap<>();
        for (int i = 0; i < terms.length; i++) {
            byStem.computeIfAbsent(stemOfTerm[i], key -> new IntList()).add(i);
        }
        String[] stemTerms = byStem.keySet().toArray(String[]::new);
        Arrays.sort(stemTerms);
        int[][] termsByStem = new int[stemTerms.length][];
        for (int i = 0; i < stemTerms.length; i++) {
            termsByStem[i] = byStem.get(stemTerms[i]).toArray();
        }
        return new Dictionary(terms, postings, stemTerms, termsByStem);
    }

    /**
     * The dictionary with the postings of some words replaced: {@code lists} gives each
     * word's new postings, empty for a word no record uses any longer. A word new to the
     * dictionary gets its stem as {@link SearchIndexBuilder} gives it.
     */
    Dictionary changed(Map<String, int[]> lists) {
        String[] changedTerms = lists.keySet().toArray(String[]::new);
        Arrays.sort(changedTerms);
        List<String> newTerms = new ArrayList<>(terms.length + changedTerms.length);
        List<int[]> newPostings = new ArrayList<>(terms.length + changedTerms.length);
        List<String> newStems = new ArrayList<>(terms.length + changedTerms.length);
        int next = 0;
        for (String term : changedTerms) {
            int at = Arrays.binarySearch(terms, term);
            int upTo = (at >= 0) ? at : -at - 1;
            for (; next < upTo; next++) {
                newTerms.add(terms[next]);
                newPostings.add(postings[next]);
                newStems.add(stemTerms[stemOfTerm[next]]);
            }
            int[] list = lists.get(term);
            if (list.length > 0) {
                newTerms.add(term);
                newPostings.add(list);
                newStems.add((at >= 0) ? stemTerms[stemOfTerm[at]] : SearchIndexBuilder.stemOf(term));
            }
            if (at >= 0) {
                next = at + 1;
            }
        }
        for (; next < terms.length; next++) {
            newTerms.add(terms[next]);
            newPostings.add(postings[next]);
            newStems.add(stemTerms[stemOfTerm[next]]);
        }
        return of(newTerms.toArray(String[]::new), newPostings.toArray(int[][]::new), newStems.toArray(String[]::new));
    }

    /** The postings of a word, or none for a word no record uses. */
    int[] postingsOf(String word) {
        int term = Arrays.binarySearch(terms, word);
        return (term >= 0) ? postings[term] : new int[0];
    }

    /** The records' words, sorted. */
    String[] terms() {
        return terms.clone();
    }

    /** The stem of a word the records use, or null for a word they do not. */
    String stemOf(String word) {
        int term = Arrays.binarySearch(terms, word);
        return (term >= 0) ? stemTerms[stemOfTerm[term]] : null;
    }

    /** The postings of the term at this place in the dictionary. */
    int[] postings(int term) {
        return postings[term];
    }

    /**
     * Puts into {@code scoring.terms} the dictionary words that, or whose stems, begin
     * with the word as typed or with its stem, each once, and gives their number.
     */
    int termsBegunBy(Query.Word query, Scoring scoring) {
        int count = 0;
        if (query.word().startsWith(query.stem())) {
            count = addTermsBegunBy(query.stem(), scoring, count);
        }
        else if (query.stem().startsWith(query.word())) {
            count = addTermsBegunBy(query.word(), scoring, count);
        }
        else {
            count = addTermsBegunBy(query.word(), scoring, count);
            count = addTermsBegunBy(query.stem(), scoring, count);
        }
        Arrays.sort(scoring.terms, 0, count);
        int unique = 0;
        for (int i = 0; i < count; i++) {
            if (unique == 0 || scoring.terms[unique - 1] != scoring.terms[i]) {
                scoring.terms[unique++] = scoring.terms[i];
            }
        }
        return unique;
    }

    private int addTermsBegunBy(String prefix, Scoring scoring, int count) {
        int at = Arrays.binarySearch(terms, prefix);
        for (int term = (at >= 0) ? at : -at - 1; term < terms.length && terms[term].startsWith(prefix); term++) {
            count = addTerm(scoring, count, term);
        }
        at = Arrays.binarySearch(stemTerms, prefix);
        for (int stem = (at >= 0) ? at : -at - 1; stem < stemTerms.length
                && stemTerms[stem].startsWith(prefix); stem++) {
            for (int term : termsByStem[stem]) {
                count = addTerm(scoring, count, term);
            }
        }
        return count;
    }

    private static int addTerm(Scoring scoring, int count, int term) {
        if (count == scoring.terms.length) {
            scoring.terms = Arrays.copyOf(scoring.terms, 2 * count);
        }
        scoring.terms[count] = term;
        return count + 1;
    }

}
