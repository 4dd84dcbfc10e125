package org.antitrafficking.directory.readmodel.search;

import java.util.Locale;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class WordTableTest {

    private final WordTable words = new WordTable();

    @Test
    void shouldNumberEachLowerCaseWordOnceWhereverItStands() {
        int visa = words.idOf("T Visa", 2, 6);
        assertThat(words.idOf("VISA", 0, 4)).isEqualTo(visa);
        assertThat(words.idOf("a visa.", 2, 6)).isEqualTo(visa);
        assertThat(words.word(visa)).isEqualTo("visa");
        assertThat(words.idOf("visas", 0, 5)).isNotEqualTo(visa);
        assertThat(words.size()).isEqualTo(2);
    }

    @Test
    void shouldLowerCaseWordsBeyondAsciiAsStringsDo() {
        int cafe = words.idOf("CAFÉ", 0, 4);
        assertThat(words.idOf("café", 0, 4)).isEqualTo(cafe);
        assertThat(words.word(cafe)).isEqualTo("café");
        int istanbul = words.idOf("İstanbul", 0, 8);
        assertThat(words.word(istanbul)).isEqualTo("İstanbul".toLowerCase(Locale.ROOT));
        assertThat(words.idOf("\u212A", 0, 1)).as("the Kelvin sign lowers to an ASCII k")
            .isEqualTo(words.idOf("k", 0, 1));
    }

    @Test
    void shouldKeepManyWordsWhoseHashesAreNeighbours() {
        for (int i = 0; i < 50_000; i++) {
            String word = "Term" + i;
            assertThat(words.idOf(word, 0, word.length())).isEqualTo(i);
        }
        for (int i = 0; i < 50_000; i += 997) {
            String word = "term" + i;
            assertThat(words.idOf(word, 0, word.length())).isEqualTo(i);
            assertThat(words.word(i)).isEqualTo(word);
        }
        assertThat(words.size()).isEqualTo(50_000);
    }

}
