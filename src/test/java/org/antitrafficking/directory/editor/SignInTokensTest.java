package org.antitrafficking.directory.editor;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.function.Function;

import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpServletRequest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sign-in page's CSRF tokens without a session: accepted while young, refused once
 * expired, from the future, tampered with, or signed with another key.
 */
class SignInTokensTest {

    private static final Instant NOW = Instant.parse("2026-12-02T12:00:00Z");

    @Test
    void shouldAcceptItsOwnTokenUntilItExpires() {
        String token = tokens("one key", NOW).generateToken(new MockHttpServletRequest()).getToken();
        assertThat(tokens("one key", NOW).valid(token)).isTrue();
        assertThat(tokens("one key", NOW.plus(SignInTokens.VALIDITY).minusSeconds(1)).valid(token)).isTrue();
        assertThat(tokens("one key", NOW.plus(SignInTokens.VALIDITY).plusSeconds(1)).valid(token)).isFalse();
        assertThat(tokens("one key", NOW.minus(Duration.ofMinutes(5))).valid(token)).as("made in the future").isFalse();
    }

    @Test
    void shouldRefuseATokenTamperedWithOrSignedWithAnotherKey() {
        String token = tokens("one key", NOW).generateToken(new MockHttpServletRequest()).getToken();
        assertThat(tokens("another key", NOW).valid(token)).isFalse();
        String[] parts = token.split("\\.");
        assertThat(tokens("one key", NOW)
            .valid(parts[0] + "." + (Long.parseLong(parts[1]) + 1) + "." + parts[2] + "." + parts[3]))
            .as("another time")
            .isFalse();
        assertThat(tokens("one key", NOW).valid("s." + parts[1] + "." + parts[2] + ".")).isFalse();
        assertThat(tokens("one key", NOW).valid("")).isFalse();
        assertThat(SignInTokens.unmasked("not base64 %%%")).isNull();
    }

    @Test
    void shouldTakeTheTokenOfAFormWithoutASessionOnlyWhenValid() {
        SignInTokens tokens = tokens("one key", NOW);
        String token = tokens.generateToken(new MockHttpServletRequest()).getToken();
        MockHttpServletRequest form = new MockHttpServletRequest("POST", "/editor/sign-in");
        form.setParameter("_csrf", masked(token));
        assertThat(tokens.loadToken(form)).isNotNull().extracting((loaded) -> loaded.getToken()).isEqualTo(token);
        MockHttpServletRequest forged = new MockHttpServletRequest("POST", "/editor/sign-in");
        forged.setParameter("_csrf", masked(token.substring(0, token.length() - 2) + "AA"));
        assertThat(tokens.loadToken(forged)).isNull();
        MockHttpServletRequest withSession = new MockHttpServletRequest("POST", "/editor/sign-in");
        withSession.getSession(true);
        withSession.setParameter("_csrf", masked(token));
        assertThat(tokens.loadToken(withSession)).as("a signed token where a session holds the token").isNull();
    }

    /**
     * The token as a page shows it: XORed with bytes of its own length, as Spring
     * Security does.
     */
    private static String masked(String token) {
        byte[] bytes = token.getBytes(StandardCharsets.UTF_8);
        byte[] random = new byte[bytes.length];
        for (int i = 0; i < random.length; i++) {
            random[i] = (byte) (31 * i + 7);
        }
        byte[] combined = new byte[bytes.length * 2];
        for (int i = 0; i < bytes.length; i++) {
            combined[i] = random[i];
            combined[bytes.length + i] = (byte) (random[i] ^ bytes[i]);
        }
        return Base64.getUrlEncoder().encodeToString(combined);
    }

    private static SignInTokens tokens(String key, Instant now) {
        Function<String, byte[]> hash = (value) -> {
            try {
                return MessageDigest.getInstance("SHA-256").digest((key + value).getBytes(StandardCharsets.UTF_8));
            }
            catch (NoSuchAlgorithmException ex) {
                throw new IllegalStateException(ex);
            }
        };
        return new SignInTokens(hash, Clock.fixed(now, ZoneOffset.UTC));
    }

}
