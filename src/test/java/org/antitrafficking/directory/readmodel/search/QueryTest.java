package org.antitrafficking.directory.readmodel.search;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class QueryTest {

    @Test
    void shouldLeaveOutStopWordsAndKeepOneLetterWordsApart() {
        Query query = Query.of(List.of("The", "U", "Visas", "of"));
        assertThat(query.words()).containsExactly(new Query.Word("visas", "visa"));
        assertThat(query.letters()).containsExactly("u");
        assertThat(query.isEmpty()).isFalse();
        assertThat(Query.of(List.of("the", "of")).isEmpty()).isTrue();
    }

    @Test
    void shouldMatchATokenBegunByAWordAsTypedOrStemmedAndALetterOnlyInNames() {
        Query query = Query.of(List.of("t", "trafficked"));
        assertThat(query.matches("trafficking", "traffick", false)).isTrue();
        assertThat(query.matches("traffic", "traffic", false)).isFalse();
        assertThat(query.matches("t", "t", true)).isTrue();
        assertThat(query.matches("t", "t", false)).isFalse();
        assertThat(query.matches("tip", "tip", true)).as("a letter matches whole").isFalse();
    }

    @Test
    void shouldJoinTheWordsIntoOneLowerCasePhrase() {
        assertThat(Query.phrase(List.of("Tip", "LINE"))).isEqualTo("tip line");
    }

}
