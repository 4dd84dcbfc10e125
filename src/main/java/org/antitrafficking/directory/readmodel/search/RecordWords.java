package org.antitrafficking.directory.readmodel.search;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * The words of one record as {@link SearchIndexBuilder} counts them: each word's posting
 * (the record's number and the weight of its occurrences), and the words of its names and
 * description that the spelling knows. For replacing one record's text in an index
 * without counting every record's words again; the builder counts the same way, with a
 * table of numbered words instead of strings.
 */
final class RecordWords {

    /** Each word of two letters or more, and its posting for this record. */
    final Map<String, Integer> postings = new LinkedHashMap<>();

    /** Each word of the names and the description, of any length. */
    final Set<String> spelt = new HashSet<>();

    private final Map<String, int[]> occurrences = new LinkedHashMap<>();

    private RecordWords() {
    }

    static RecordWords of(int doc, @Nullable String names, @Nullable String body, @Nullable String extra) {
        RecordWords words = new RecordWords();
        words.collect(names, SearchIndexBuilder.NAMES);
        words.collect(body, SearchIndexBuilder.BODY);
        words.collect(extra, SearchIndexBuilder.EXTRA);
        words.occurrences.forEach((word, counts) -> words.postings.put(word, posting(doc, counts)));
        return words;
    }

    private void collect(@Nullable String text, int field) {
        if (text == null) {
            return;
        }
        Token.forEachRun(text, (start, end) -> {
            String word = text.substring(start, end).toLowerCase(Locale.ROOT);
            if (field != SearchIndexBuilder.EXTRA) {
                spelt.add(word);
            }
            if (word.length() >= 2) {
                occurrences.computeIfAbsent(word, key -> new int[SearchIndexBuilder.WEIGHTS.length])[field]++;
            }
        });
    }

    private static int posting(int doc, int[] counts) {
        int steps = 0;
        for (int field = 0; field < counts.length; field++) {
            steps += SearchIndexBuilder.WEIGHTS[field] * Math.min(counts[field], SearchIndexBuilder.MAX_OCCURRENCES);
        }
        int named = (counts[SearchIndexBuilder.NAMES] > 0) ? Dictionary.IN_NAMES : 0;
        return (doc << 8) | named | steps;
    }

}
