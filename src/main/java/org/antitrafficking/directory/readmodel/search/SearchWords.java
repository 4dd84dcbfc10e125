package org.antitrafficking.directory.readmodel.search;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Splits what a visitor typed into the lower-case words a search looks for. One-letter
 * words stay: they name things ("T visa", "U visa"), though a search looks for them in
 * names only.
 */
public final class SearchWords {

    /** Longer queries are cut here; nobody searches a directory with more. */
    static final int MAX_WORDS = 8;

    static final int MAX_WORD_LENGTH = 40;

    /**
     * What lies between words; compiled once, since the index splits every record's name
     * with it.
     */
    private static final Pattern BETWEEN_WORDS = Pattern.compile("[^\\p{L}\\p{N}]+");

    private SearchWords() {
    }

    public static List<String> of(String query) {
        if (query == null) {
            return List.of();
        }
        return Arrays.stream(BETWEEN_WORDS.split(query.toLowerCase(Locale.ROOT)))
            .filter(word -> !word.isEmpty() && word.length() <= MAX_WORD_LENGTH)
            .distinct()
            .limit(MAX_WORDS)
            .toList();
    }

}
