package org.antitrafficking.directory.readmodel.search;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The spelling suggestions, compared by trigrams as PostgreSQL's pg_trgm compares words.
 */
class SpellingTest {

    private final Spelling spelling = spelling("customs", "border", "protection", "trafficking", "traffic", "visa",
            "victims");

    @Test
    void shouldPadAWordAsPgTrgmDoes() {
        assertThat(Spelling.trigrams("cat")).containsExactly("  c", " ca", "cat", "at ");
        assertThat(Spelling.trigrams("u visa")).containsExactly("  u", " u ", "  v", " vi", "vis", "isa", "sa ");
        assertThat(Spelling.trigrams("aaaa")).as("each trigram once").containsExactly("  a", " aa", "aaa", "aa ");
        assertThat(Spelling.trigrams("--")).isEmpty();
    }

    @Test
    void shouldSuggestTheMostSimilarWordAtLeastAsAlikeAsAsked() {
        // custums and customs share 5 of their 11 distinct trigrams: 0.45.
        assertThat(spelling.closest("custums", 0.4)).hasValue("customs");
        assertThat(spelling.closest("custums", 5.0 / 11)).as("exactly as alike as asked").hasValue("customs");
        assertThat(spelling.closest("custums", 0.5)).isEmpty();
        assertThat(spelling.closest("CUSTUMS", 0.4)).as("whatever its case").hasValue("customs");
        assertThat(spelling.closest("trafficing", 0.4)).hasValue("trafficking");
        assertThat(spelling.closest("xylophone", 0.4)).isEmpty();
        assertThat(spelling.closest("!!", 0.0)).as("no letters, no trigrams").isEmpty();
    }

    @Test
    void shouldPreferTheFirstWordInOrderOfTwoEquallyAlike() {
        Spelling twins = spelling("cat", "bat");
        assertThat(twins.closest("at", 0.1)).hasValue("bat");
    }

    @Test
    void shouldKnowTheWordsItWasGivenCutWherePostgresqlCutsThem() {
        Spelling words = spelling("café", "naïve", "2024", "of", "i-914");
        assertThat(words.contains("café")).isFalse();
        assertThat(words.contains("caf")).as("the plain part before the accent").isTrue();
        assertThat(words.contains("na")).as("too short").isFalse();
        assertThat(words.contains("2024")).isTrue();
        assertThat(words.contains("of")).isFalse();
        assertThat(words.contains("914")).isTrue();
        assertThat(spelling.contains("customs")).isTrue();
        assertThat(spelling.contains("custom")).isFalse();
    }

    private static Spelling spelling(String... words) {
        Spelling.Builder builder = Spelling.builder();
        for (String word : words) {
            builder.addWord(word);
        }
        return builder.build();
    }

}
