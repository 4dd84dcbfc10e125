package org.antitrafficking.directory.readmodel;

import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The words the directory's names and descriptions use, for suggesting one when a searched word
 * matches nothing. Words are compared by their trigrams as PostgreSQL's pg_trgm does: each word padded
 * with two spaces in front and one behind, similarity being the shared trigrams over all trigrams.
 */
final class Spelling {

    private static final int MIN_WORD_LENGTH = 3;

    private final String[] words;
    private final int[] trigramCounts;
    private final Map<String, int[]> wordsByTrigram;

    private Spelling(String[] words, int[] trigramCounts, Map<String, int[]> wordsByTrigram) {
        this.words = words;
        this.trigramCounts = trigramCounts;
        this.wordsByTrigram = wordsByTrigram;
    }

    boolean contains(String word) {
        return Arrays.binarySearch(words, word) >= 0;
    }

    /** The most similar word at least {@code minimum} alike; of equally similar words, the first in order. */
    Optional<String> closest(String word, double minimum) {
        Set<String> trigrams = trigrams(word.toLowerCase(Locale.ROOT));
        if (trigrams.isEmpty()) {
            return Optional.empty();
        }
        int[] shared = new int[words.length];
        for (String trigram : trigrams) {
            for (int candidate : wordsByTrigram.getOrDefault(trigram, new int[0])) {
                shared[candidate]++;
            }
        }
        int best = -1;
        double bestSimilarity = minimum;
        for (int candidate = 0; candidate < words.length; candidate++) {
            if (shared[candidate] == 0) {
                continue;
            }
            double similarity = (double) shared[candidate] / (trigrams.size() + trigramCounts[candidate] - shared[candidate]);
            if (similarity > bestSimilarity || (similarity == bestSimilarity && best < 0)) {
                best = candidate;
                bestSimilarity = similarity;
            }
        }
        return (best < 0) ? Optional.empty() : Optional.of(words[best]);
    }

    /** The distinct trigrams of each run of letters and digits in {@code text}, padded as pg_trgm pads them. */
    static Set<String> trigrams(String text) {
        Set<String> trigrams = new LinkedHashSet<>();
        for (SearchIndex.Token token : SearchIndex.Token.of(text)) {
            String padded = "  " + token.text() + " ";
            for (int i = 0; i + 3 <= padded.length(); i++) {
                trigrams.add(padded.substring(i, i + 3));
            }
        }
        return trigrams;
    }

    static Builder builder() {
        return new Builder();
    }

    static final class Builder {

        private final Set<String> words = new TreeSet<>();

        /** Takes the words of {@code text} as PostgreSQL would split its lower-case form on [^a-z0-9]+. */
        void addWordsOf(String text) {
            for (String word : text.toLowerCase(Locale.ROOT).split("[^a-z0-9]+")) {
                if (word.length() >= MIN_WORD_LENGTH) {
                    words.add(word);
                }
            }
        }

        Spelling build() {
            String[] sorted = words.toArray(String[]::new);
            int[] counts = new int[sorted.length];
            Map<String, SearchIndex.IntList> byTrigram = new HashMap<>();
            for (int i = 0; i < sorted.length; i++) {
                Set<String> trigrams = trigrams(sorted[i]);
                counts[i] = trigrams.size();
                for (String trigram : trigrams) {
                    byTrigram.computeIfAbsent(trigram, key -> new SearchIndex.IntList()).add(i);
                }
            }
            Map<String, int[]> frozen = new HashMap<>();
            byTrigram.forEach((trigram, list) -> frozen.put(trigram, list.toArray()));
            return new Spelling(sorted, counts, frozen);
        }
    }
}
