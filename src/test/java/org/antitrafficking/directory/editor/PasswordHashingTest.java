package org.antitrafficking.directory.editor;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import org.springframework.security.crypto.password.PasswordEncoder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Passwords are hashed with Argon2id through a DelegatingPasswordEncoder, whole: nothing
 * past bcrypt's 72 bytes is lost.
 */
class PasswordHashingTest {

    private final PasswordEncoder encoder = PasswordHashing.encoder();

    @Test
    void shouldHashWithArgon2idAtOwaspsMinimum() {
        String hash = encoder.encode("plum orchard at the quiet harbour");
        assertThat(hash).startsWith("{argon2}$argon2id$v=19$m=19456,t=2,p=1$");
        assertThat(encoder.matches("plum orchard at the quiet harbour", hash)).isTrue();
        assertThat(encoder.matches("plum orchard at the quiet harbor", hash)).isFalse();
        assertThat(encoder.encode("plum orchard at the quiet harbour")).as("salted").isNotEqualTo(hash);
    }

    @Test
    void shouldTakeAHundredCharacterPasswordWhole() {
        String password = "correct-horse-battery-staple-".repeat(4).substring(0, 100);
        assertThat(password.getBytes(StandardCharsets.UTF_8)).hasSize(100);
        String hash = encoder.encode(password);
        assertThat(encoder.matches(password, hash)).isTrue();
        // The same first 72 bytes, which is all bcrypt would read, and a different end.
        String sameFirst72 = password.substring(0, 72) + "X".repeat(28);
        assertThat(sameFirst72.getBytes(StandardCharsets.UTF_8)).hasSize(100);
        assertThat(encoder.matches(sameFirst72, hash)).isFalse();
        assertThat(encoder.matches(password.substring(0, 72), hash)).isFalse();
        assertThat(encoder.matches(password.substring(0, 99), hash)).isFalse();
    }

    @Test
    void shouldMatchNoHashOfAnotherKind() {
        assertThat(encoder.matches("secret", "{noop}secret")).isFalse();
        assertThat(encoder.matches("secret", "secret")).isFalse();
    }

}
