package org.antitrafficking.directory.readmodel.search;

import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The words the directory's names and descriptions use, for suggesting one when a
 * searched word matches nothing. Words are compared by their trigrams as PostgreSQL's
 * pg_trgm does: each word padded with two spaces in front and one behind, similarity
 * being the shared trigrams over all trigrams.
 */
final class Spelling {

    private static final int MIN_WORD_LENGTH = 3;

    /** A space, a-z and 0-9: the characters of a padded plain word. */
    private static final int PLAIN_CHARS = 37;

    private final String[] words;

    private final int[] trigramCounts;

    private final Map<String, int[]> wordsByTrigram;

    /**
     * Per word: how many records use it in their names or description (counting each word
     * of a record the word is a piece of), so that replacing a record's text knows when a
     * word is no longer used by any.
     */
    private final int[] uses;

    private Spelling(String[] words, int[] trigramCounts, Map<String, int[]> wordsByTrigram, int[] uses) {
        this.words = words;
        this.trigramCounts = trigramCounts;
        this.wordsByTrigram = wordsByTrigram;
        this.uses = uses;
    }

    /** Each word, with how many records use it, in order: for comparing two spellings. */
    Map<String, Integer> uses() {
        Map<String, Integer> all = new LinkedHashMap<>();
        for (int i = 0; i < words.length; i++) {
            all.put(words[i], uses[i]);
        }
        return all;
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

    /**
     * The spelling after some records' words changed: {@code changes} gives, for each
     * word of a record's names or description, how many uses it gained (or, negative,
     * lost). The words and their trigrams are shared when no word came or went.
     */
    Spelling changed(Map<String, Integer> changes) {
        int[] changedUses = uses.clone();
        Map<String, Integer> added = new HashMap<>();
        boolean wordsChanged = false;
        for (Map.Entry<String, Integer> change : changes.entrySet()) {
            if (change.getValue() == 0) {
                continue;
            }
            int at = Arrays.binarySearch(words, change.getKey());
            if (at >= 0) {
                changedUses[at] += change.getValue();
                if (changedUses[at] < 0) {
                    throw new IllegalStateException("The word " + change.getKey() + " lost more uses than it had");
                }
                wordsChanged |= changedUses[at] == 0;
            }
            else if (change.getValue() > 0) {
                added.put(change.getKey(), change.getValue());
                wordsChanged = true;
            }
            else {
                throw new IllegalStateException("The word " + change.getKey() + " lost uses it never had");
            }
        }
        if (!wordsChanged) {
            return new Spelling(words, trigramCounts, wordsByTrigram, changedUses);
        }
        Builder builder = new Builder();
        for (int i = 0; i < words.length; i++) {
            if (changedUses[i] > 0) {
                builder.uses.put(words[i], changedUses[i]);
            }
        }
        builder.uses.putAll(added);
        return builder.build();
    }

    static final class Builder {

        /** Each word, and how many uses of it were added. */
        private final Map<String, Integer> uses = new HashMap<>();

        /**
         * Takes a lower-case word of a name or description, cut where PostgreSQL's split
         * on [^a-z0-9]+ would cut it (at letters outside a-z, such as accented ones).
         */
        void addWord(String word) {
            addWord(word, 1);
        }

        /** Takes a word as {@link #addWord(String)}, used by that many records. */
        void addWord(String word, int records) {
            forEachPiece(word, piece -> uses.merge(piece, records, Integer::sum));
        }

        /**
         * Each piece of a lower-case word that the spelling keeps: the runs of a-z and
         * 0-9 at least {@value #MIN_WORD_LENGTH} long.
         */
        static void forEachPiece(String word, Consumer<String> pieces) {
            int start = 0;
            for (int i = 0; i <= word.length(); i++) {
                boolean plain = i < word.length() && isPlain(word.charAt(i));
                if (!plain) {
                    if (i - start >= MIN_WORD_LENGTH) {
                        pieces.accept((start == 0 && i == word.length()) ? word : word.substring(start, i));
                    }
                    start = i + 1;
                }
            }
        }

        private static boolean isPlain(char c) {
            return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
        }

        Spelling build() {
            String[] sorted = uses.keySet().toArray(String[]::new);
            Arrays.sort(sorted);
            int[] wordUses = new int[sorted.length];
            for (int i = 0; i < sorted.length; i++) {
                wordUses[i] = uses.get(sorted[i]);
            }
            int[] counts = new int[sorted.length];
            IntList[] byTrigram = new IntList[PLAIN_CHARS * PLAIN_CHARS * PLAIN_CHARS];
            int longest = 0;
            for (String word : sorted) {
                longest = Math.max(longest, word.length());
            }
            int[] trigrams = new int[longest + 1];
            for (int i = 0; i < sorted.length; i++) {
                int count = plainTrigrams(sorted[i], trigrams);
                counts[i] = count;
                for (int t = 0; t < count; t++) {
                    if (byTrigram[trigrams[t]] == null) {
                        byTrigram[trigrams[t]] = new IntList();
                    }
                    byTrigram[trigrams[t]].add(i);
                }
            }
            Map<String, int[]> frozen = new HashMap<>();
            for (int trigram = 0; trigram < byTrigram.length; trigram++) {
                if (byTrigram[trigram] != null) {
                    frozen.put(trigramText(trigram), byTrigram[trigram].toArray());
                }
            }
            return new Spelling(sorted, counts, frozen, wordUses);
        }

        /**
         * The distinct trigrams of a word of plain letters and digits, as
         * {@link #trigrams} pads it, each as a number: into {@code into}, giving their
         * count. Words are cut into such pieces, so every one of them is plain, and its
         * trigrams need no strings but the few thousand distinct ones.
         */
        private static int plainTrigrams(String word, int[] into) {
            int count = 0;
            int length = word.length() + 3;
            for (int i = 0; i + 3 <= length; i++) {
                int trigram = (code(word, i - 2) * PLAIN_CHARS + code(word, i - 1)) * PLAIN_CHARS + code(word, i);
                boolean known = false;
                for (int t = 0; t < count && !known; t++) {
                    known = into[t] == trigram;
                }
                if (!known) {
                    into[count++] = trigram;
                }
            }
            return count;
        }

        /** The padded word's character at {@code i}: 0 for a space, then a-z and 0-9. */
        private static int code(String word, int i) {
            if (i < 0 || i >= word.length()) {
                return 0;
            }
            char c = word.charAt(i);
            return (c >= 'a' && c <= 'z') ? 1 + c - 'a' : 27 + c - '0';
        }

        private static String trigramText(int trigram) {
            char[] chars = new char[3];
            for (int i = 2; i >= 0; i--) {
                int code = trigram % PLAIN_CHARS;
                chars[i] = (code == 0) ? ' ' : (code <= 26) ? (char) ('a' + code - 1) : (char) ('0' + code - 27);
                trigram /= PLAIN_CHARS;
            }
            return new String(chars);
        }

    }

}
