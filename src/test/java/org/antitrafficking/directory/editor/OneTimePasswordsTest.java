package org.antitrafficking.directory.editor;

import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** One-time passwords are long, random, readable and follow the rules themselves. */
class OneTimePasswordsTest {

    @Test
    void shouldDrawFiveGroupsOfFiveUnmistakableCharacters() {
        String password = OneTimePasswords.generate();
        assertThat(password).matches("[23456789abcdefghjkmnpqrstuvwxyz]{5}(-[23456789abcdefghjkmnpqrstuvwxyz]{5}){4}");
        // About 124 bits: 25 characters from 31.
        assertThat(25 * Math.log(OneTimePasswords.ALPHABET.length()) / Math.log(2)).isGreaterThan(120);
        assertThat(PasswordRules.problem("alice", password)).isEmpty();
    }

    @Test
    void shouldNeverRepeatItself() {
        Set<String> drawn = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            drawn.add(OneTimePasswords.generate());
        }
        assertThat(drawn).hasSize(10_000);
    }

}
