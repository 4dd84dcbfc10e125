package org.antitrafficking.directory.editor;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/** The rules for a password an editor chooses (OWASP ASVS 5.0 level 1, 6.2). */
class PasswordRulesTest {

    @Test
    void shouldRefuseFewerThanEightCharacters() {
        assertThat(PasswordRules.problem("alice", "zq7!wv#")).contains("editor.password.problem.too-short");
        assertThat(PasswordRules.problem("alice", "zq7!wv#k")).isEmpty();
    }

    @Test
    void shouldCountCharactersNotBytesOrUtf16Units() {
        // Seven emoji are fourteen UTF-16 units and twenty-eight bytes, but seven
        // characters.
        assertThat(PasswordRules.problem("alice", "🦉🌵🎈🧭🪁🫖🪴")).contains("editor.password.problem.too-short");
        assertThat(PasswordRules.problem("alice", "🦉🌵🎈🧭🪁🫖🪴🐝")).isEmpty();
    }

    @Test
    void shouldAskNothingOfWhichKindsOfCharacter() {
        // No digit, capital or symbol is asked for: length is what counts.
        assertThat(PasswordRules.problem("alice", "plum orchard at the quiet harbour")).isEmpty();
        assertThat(PasswordRules.problem("alice", "zqxwvkjhtrp")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = { "password1", "Password1", "PASSWORD123", "12345678", "qwertyuiop", "iloveyou1" })
    void shouldRefuseCommonPasswordsWhateverTheirCase(String password) {
        assertThat(PasswordRules.problem("alice", password)).contains("editor.password.problem.common");
    }

    @Test
    void shouldShipThousandsOfCommonPasswordsOfEightCharactersOrMore() {
        assertThat(PasswordRules.isCommon("password")).isTrue();
        assertThat(PasswordRules.isCommon("plum orchard at the quiet harbour")).isFalse();
        assertThat(PasswordRules.commonPasswordCount()).isGreaterThan(8000);
    }

    @Test
    void shouldRefuseTheEditorsOwnName() {
        assertThat(PasswordRules.problem("maria.lopez", "Maria.Lopez")).contains("editor.password.problem.username");
    }

    @Test
    void shouldTakeLongPasswordsUpToTheLimit() {
        assertThat(PasswordRules.problem("alice", "x7".repeat(50))).isEmpty();
        assertThat(PasswordRules.problem("alice", "k".repeat(PasswordRules.MAX_LENGTH))).isEmpty();
        assertThat(PasswordRules.problem("alice", "k".repeat(PasswordRules.MAX_LENGTH + 1)))
            .contains("editor.password.problem.too-long");
    }

}
