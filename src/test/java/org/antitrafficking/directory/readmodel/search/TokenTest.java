package org.antitrafficking.directory.readmodel.search;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TokenTest {

    @Test
    void shouldCutTheTextIntoRunsOfLettersAndDigitsWithWhereEachStartsAndEnds() {
        assertThat(Token.of("HSI's tip-line: 1-866, café.")).containsExactly(new Token("HSI", 0, 3),
                new Token("s", 4, 5), new Token("tip", 6, 9), new Token("line", 10, 14), new Token("1", 16, 17),
                new Token("866", 18, 21), new Token("café", 23, 27));
    }

    @Test
    void shouldFindAWordThatEndsTheTextAndNoneInPunctuation() {
        assertThat(Token.of("  visa")).containsExactly(new Token("visa", 2, 6));
        assertThat(Token.of(" -- , ")).isEmpty();
        assertThat(Token.of("")).isEmpty();
    }

    @Test
    void shouldGivePositionsThatCutTheTokensOutOfTheText() {
        String text = "Blue Campaign: awareness <b>everywhere</b>.";
        List<Token> tokens = Token.of(text);
        assertThat(tokens).extracting(Token::text)
            .containsExactly("Blue", "Campaign", "awareness", "b", "everywhere", "b");
        assertThat(tokens)
            .allSatisfy(token -> assertThat(text.substring(token.start(), token.end())).isEqualTo(token.text()));
    }

}
