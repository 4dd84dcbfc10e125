package org.antitrafficking.directory.readmodel.search;

import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The words the directory's names and descriptions use, for suggesting one when a
 * searched word matches nothing. Words are compared by their trigrams as PostgreSQL's
 * pg_trgm does: each word padded with two spaces in front and one behind, similarity
 * being the shared trigrams over all trigrams.
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

    /**
     * The most similar word at least {@code minimum} alike; of equally similar words, the
     * first in order.
     */
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
            double similarity = (double) shared[candidate]
                    / (trigrams.size() + trigramCounts[candidate] - shared[candidate]);
            if (similarity > bestSimilarity || (similarity == bestSimilarity && best < 0)) {
                best = candidate;
                bestSimilarity = similarity;
            }
        }
        return (best < 0) ? Optional.empty() : Optional.of(words[best]);
    }

    /**
     * The distinct trigrams of each run of letters and digits in {@code text}, padded as
     * pg_trgm pads them.
     */
    static Set<String> trigrams(String text) {
        Set<String> trigrams = new LinkedHashSet<>();
        for (Token token : Token.of(text)) {
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

        private final Set<String> words = new HashSet<>();

        /**
         * Takes a lower-case word of a name or description, cut where PostgreSQL's split
         * on [^a-z0-9]+ would cut it (at letters outside a-z, such as accented ones).
         */
        void addWord(String word) {
            int start = 0;
            for (int i = 0; i <= word.length(); i++) {
                boolean plain = i < word.length() && isPlain(word.charAt(i));
                if (!plain) {
                    if (i - start >= MIN_WORD_LENGTH) {
                        words.add((start == 0 && i == word.length()) ? word : word.substring(start, i));
                    }
                    start = i + 1;
                }
            }
        }

        private static boolean isPlain(char c) {
            return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
        }

        Spelling build() {
            String[] sorted = words.toArray(String[]::new);
            Arrays.sort(sorted);
            int[] counts = new int[sorted.length];
            Map<String, IntList> byTrigram = new HashMap<>();
            for (int i = 0; i < sorted.length; i++) {
                Set<String> trigrams = trigrams(sorted[i]);
                counts[i] = trigrams.size();
                for (String trigram : trigrams) {
                    byTrigram.computeIfAbsent(trigram, key -> new IntList()).add(i);
                }
            }
            Map<String, int[]> frozen = new HashMap<>();
            byTrigram.forEach((trigram, list) -> frozen.put(trigram, list.toArray()));
            return new Spelling(sorted, counts, frozen);
        }

    }

}
