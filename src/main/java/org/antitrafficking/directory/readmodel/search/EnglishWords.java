package org.antitrafficking.directory.readmodel.search;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;

import org.tartarus.snowball.ext.EnglishStemmer;

/**
 * Stems and stop words of English, from the Snowball project: the same algorithm and list
 * as PostgreSQL's {@code english} text search configuration, so "trafficked" and
 * "trafficking" meet at "traffick" and "of" or "the" are not searched for.
 */
final class EnglishWords {

    private static final String STOP_LIST = "/org/apache/lucene/analysis/snowball/english_stop.txt";

    private static final Set<String> STOP_WORDS = loadStopWords();

    /** The generated stemmer keeps its work in fields, so each thread has its own. */
    private static final ThreadLocal<EnglishStemmer> STEMMER = ThreadLocal.withInitial(EnglishStemmer::new);

    private EnglishWords() {
    }

    /** The stem of a lower-case word: "investigations" gives "investig". */
    static String stem(String word) {
        EnglishStemmer stemmer = STEMMER.get();
        stemmer.setCurrent(word);
        stemmer.stem();
        return stemmer.getCurrent();
    }

    static boolean isStopWord(String word) {
        return STOP_WORDS.contains(word);
    }

    /**
     * The Snowball list: one word at the start of a line, comments after a vertical bar.
     */
    private static Set<String> loadStopWords() {
        Set<String> words = new HashSet<>();
        try (InputStream in = EnglishWords.class.getResourceAsStream(STOP_LIST)) {
            if (in == null) {
                throw new IllegalStateException("The Snowball stop list " + STOP_LIST + " is not on the class path");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                int comment = line.indexOf('|');
                String word = ((comment >= 0) ? line.substring(0, comment) : line).strip();
                if (!word.isEmpty()) {
                    words.add(word);
                }
            }
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        return Set.copyOf(words);
    }

}
