package org.antitrafficking.directory.readmodel.search;

import java.util.Arrays;
import java.util.List;

/**
 * The records whose name or acronym, as search words joined by spaces, is a whole query.
 * Only each phrase's hash is kept, with its record, sorted; a record found by the hash is
 * checked against its own name and acronym when asked. At a hundred thousand programs a
 * map from each phrase would hold 300,000 strings more, for a lookup made once a search.
 */
final class ExactNames {

    /** What {@link Builder#phraseHash} gives for a text without words. */
    static final long NO_PHRASE = Long.MIN_VALUE;

    /** Each phrase's hash above its record's number, sorted. */
    private final long[] keys;

    private ExactNames(long[] keys) {
        this.keys = keys;
    }

    static Builder builder() {
        return new Builder();
    }

    /**
     * The records, in order, whose name or acronym is this phrase; null if none is.
     */
    int[] matching(String phrase, Entries entries) {
        int hash = phrase.hashCode();
        int at = Arrays.binarySearch(keys, (long) hash << 32);
        int[] docs = new int[0];
        for (int i = (at >= 0) ? at : -at - 1; i < keys.length && (int) (keys[i] >> 32) == hash; i++) {
            int doc = (int) keys[i];
            boolean known = docs.length > 0 && docs[docs.length - 1] == doc;
            if (!known && isPhraseOf(phrase, entries.entry(doc))) {
                docs = Arrays.copyOf(docs, docs.length + 1);
                docs[docs.length - 1] = doc;
            }
        }
        return (docs.length == 0) ? null : docs;
    }

    private static boolean isPhraseOf(String phrase, Entries.Entry entry) {
        return phrase.equals(phrase(entry.name()))
                || (entry.link().acronym() != null && phrase.equals(phrase(entry.link().acronym())));
    }

    /** The name or acronym as search words joined by spaces; null if it has none. */
    static String phrase(String nameOrAcronym) {
        List<String> words = SearchWords.of(nameOrAcronym);
        return words.isEmpty() ? null : Query.phrase(words);
    }

    /** Takes each record's name and acronym, in the records' order. Not thread-safe. */
    static final class Builder {

        private long[] keys = new long[256];

        private int size;

        /** Where each word kept for the phrase being hashed starts and ends. */
        private final int[] starts = new int[SearchWords.MAX_WORDS];

        private final int[] ends = new int[SearchWords.MAX_WORDS];

        void add(int doc, String nameOrAcronym) {
            long hash = phraseHash(nameOrAcronym);
            if (hash != NO_PHRASE) {
                if (size == keys.length) {
                    keys = Arrays.copyOf(keys, 2 * size);
                }
                keys[size++] = (hash << 32) | doc;
            }
        }

        /**
         * The hash of {@link #phrase}, or {@link #NO_PHRASE}: for a text of ASCII
         * characters, as most names are, worked out where the words stand rather than by
         * making the phrase, since the index hashes every record's name.
         */
        long phraseHash(String text) {
            int kept = 0;
            int start = -1;
            for (int i = 0; i <= text.length() && kept < starts.length; i++) {
                char c = (i < text.length()) ? text.charAt(i) : ' ';
                if (c >= 0x80) {
                    String phrase = phrase(text);
                    return (phrase == null) ? NO_PHRASE : phrase.hashCode();
                }
                boolean wordChar = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
                if (wordChar && start < 0) {
                    start = i;
                }
                else if (!wordChar && start >= 0) {
                    if (i - start <= SearchWords.MAX_WORD_LENGTH && !isKept(text, start, i, kept)) {
                        starts[kept] = start;
                        ends[kept++] = i;
                    }
                    start = -1;
                }
            }
            if (kept == 0) {
                return NO_PHRASE;
            }
            int hash = 0;
            for (int word = 0; word < kept; word++) {
                if (word > 0) {
                    hash = 31 * hash + ' ';
                }
                for (int i = starts[word]; i < ends[word]; i++) {
                    hash = 31 * hash + lower(text.charAt(i));
                }
            }
            return hash;
        }

        private boolean isKept(String text, int start, int end, int kept) {
            for (int word = 0; word < kept; word++) {
                if (ends[word] - starts[word] == end - start
                        && text.regionMatches(true, starts[word], text, start, end - start)) {
                    return true;
                }
            }
            return false;
        }

        private static char lower(char c) {
            return (c >= 'A' && c <= 'Z') ? (char) (c + ('a' - 'A')) : c;
        }

        ExactNames build() {
            long[] sorted = Arrays.copyOf(keys, size);
            Arrays.sort(sorted);
            return new ExactNames(sorted);
        }

    }

}
