package org.antitrafficking.directory.readmodel.search;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The scoring of one index: a hit's score is the sum, over the searched words, of the
 * weights of every occurrence of a word they match. A word that matches as written and by
 * its stem is counted once.
 */
final class Scorer {

    private final Dictionary dictionary;

    /**
     * The records, in order, whose names hold each one-letter word, such as the "t" of "T
     * visa".
     */
    private final Map<String, int[]> lettersInNames;

    private final ScoringPool scorings;

    Scorer(Dictionary dictionary, Map<String, int[]> lettersInNames, ScoringPool scorings) {
        this.dictionary = dictionary;
        this.lettersInNames = lettersInNames;
        this.scorings = scorings;
    }

    /**
     * Scores the records for a query of at least one word. The records that match the
     * first word are the candidates; those that match every word have a score. The arrays
     * are as long as the index, so they are borrowed from a pool and given back when the
     * scoring is closed: a search at a hundred thousand programs would otherwise leave
     * megabytes of garbage behind.
     */
    Scoring score(Query query) {
        Scoring scoring = scorings.borrow();
        try {
            return score(query, scoring);
        }
        catch (RuntimeException | Error ex) {
            scoring.close();
            throw ex;
        }
    }

    private Scoring score(Query query, Scoring scoring) {
        List<Query.Word> words = query.words();
        if (words.isEmpty()) {
            return lettersOnly(query, scoring);
        }
        scoring.words = words.size();
        for (int position = 0; position < words.size(); position++) {
            int touchedCount = 0;
            int termCount = dictionary.termsBegunBy(words.get(position), scoring);
            for (int t = 0; t < termCount; t++) {
                for (int posting : dictionary.postings(scoring.terms[t])) {
                    int doc = posting >>> 8;
                    if (scoring.matchedWords[doc] != position) {
                        continue;
                    }
                    // Every weight is positive, so a zero says the record has not matched
                    // this word yet.
                    if (scoring.wordWeight[doc] == 0) {
                        scoring.touched[touchedCount++] = doc;
                    }
                    scoring.wordWeight[doc] += Dictionary.WEIGHT_STEP * (posting & Dictionary.WEIGHT_BITS);
                    if ((posting & Dictionary.IN_NAMES) != 0) {
                        scoring.wordInNames[doc] = true;
                    }
                }
            }
            for (int i = 0; i < touchedCount; i++) {
                int doc = scoring.touched[i];
                scoring.matchedWords[doc]++;
                scoring.total[doc] += scoring.wordWeight[doc];
                scoring.wordWeight[doc] = 0;
                if (scoring.wordInNames[doc]) {
                    scoring.namedWords[doc]++;
                    scoring.wordInNames[doc] = false;
                }
            }
            if (position == 0) {
                System.arraycopy(scoring.touched, 0, scoring.candidates, 0, touchedCount);
                scoring.candidateCount = touchedCount;
            }
        }
        return scoring;
    }

    /**
     * A query of one-letter words alone, such as "T": the records whose names hold them
     * all, unscored.
     */
    private Scoring lettersOnly(Query query, Scoring scoring) {
        scoring.words = 0;
        int[] docs = lettersInNames.getOrDefault(query.letters().get(0), new int[0]);
        for (int doc : docs) {
            if (lettersInNames(query, doc)) {
                scoring.candidates[scoring.candidateCount++] = doc;
            }
        }
        return scoring;
    }

    /** Whether the record's names hold every one-letter word of the query. */
    boolean lettersInNames(Query query, int doc) {
        for (String letter : query.letters()) {
            int[] docs = lettersInNames.get(letter);
            if (docs == null || Arrays.binarySearch(docs, doc) < 0) {
                return false;
            }
        }
        return true;
    }

}
