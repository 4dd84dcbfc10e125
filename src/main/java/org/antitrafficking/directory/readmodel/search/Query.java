package org.antitrafficking.directory.readmodel.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What a search looks for: the words worth searching for (stop words such as "the" are
 * left out, as PostgreSQL does) and, apart, the one-letter words, which are looked for in
 * names only.
 */
record Query(List<Word> words, List<String> letters) {

    static Query of(List<String> typed) {
        List<Word> words = new ArrayList<>();
        List<String> letters = new ArrayList<>();
        for (String word : typed) {
            String lower = word.toLowerCase(Locale.ROOT);
            if (EnglishWords.isStopWord(lower)) {
                continue;
            }
            if (lower.length() == 1) {
                letters.add(lower);
            }
            else {
                words.add(new Word(lower, EnglishWords.stem(lower)));
            }
        }
        return new Query(List.copyOf(words), List.copyOf(letters));
    }

    /**
     * The words as one lower-case phrase, to compare a query with a record's name or
     * acronym.
     */
    static String phrase(List<String> words) {
        return String.join(" ", words).toLowerCase(Locale.ROOT);
    }

    boolean isEmpty() {
        return words.isEmpty() && letters.isEmpty();
    }

    /**
     * Whether a token of a record's text is matched: one-letter words only in names, and
     * whole.
     */
    boolean matches(String token, String stem, boolean inNames) {
        for (Word word : words) {
            if (word.begins(token) || word.begins(stem)) {
                return true;
            }
        }
        return inNames && letters.contains(token);
    }

    /**
     * A searched word: as typed and as stemmed, either of which may begin a record's
     * word.
     */
    record Word(String word, String stem) {

        boolean begins(String token) {
            return token.startsWith(word) || token.startsWith(stem);
        }
    }
}
