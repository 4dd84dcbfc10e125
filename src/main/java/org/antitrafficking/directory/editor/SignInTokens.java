package org.antitrafficking.directory.editor;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.function.Function;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.security.web.csrf.DefaultCsrfToken;
import org.springframework.security.web.csrf.HttpSessionCsrfTokenRepository;

/**
 * CSRF tokens without a session for someone not signed in, kept in the session for an
 * editor who is. The sign-in form needs a token, and keeping it in a session would store
 * a row in PostgreSQL for every visit to the sign-in page, which a flood of visits would
 * fill. So a visitor without a session gets a token signed with the key every instance
 * shares, which says when it was made and expires after {@link #VALIDITY}; the session is
 * made at sign-in, with a token of its own, as before. A signed token is never taken from
 * a request that has a session.
 */
final class SignInTokens implements CsrfTokenRepository {

    static final Duration VALIDITY = Duration.ofHours(2);

    private static final String PARAMETER = "_csrf";

    private static final String HEADER = "X-CSRF-TOKEN";

    private static final String PREFIX = "s.";

    private final HttpSessionCsrfTokenRepository sessions = new HttpSessionCsrfTokenRepository();

    /** A keyed hash with the key every instance shares. */
    private final Function<String, byte[]> keys;

    private final SecureRandom random = new SecureRandom();

    private final Clock clock;

    SignInTokens(Function<String, byte[]> keys, Clock clock) {
        this.keys = keys;
        this.clock = clock;
    }

    @Override
    public CsrfToken generateToken(HttpServletRequest request) {
        if (request.getSession(false) != null) {
            return sessions.generateToken(request);
        }
        byte[] nonce = new byte[16];
        random.nextBytes(nonce);
        String body = PREFIX + clock.instant().getEpochSecond() + "." + base64(nonce);
        return new DefaultCsrfToken(HEADER, PARAMETER, body + "." + base64(keys.apply("sign-in-token:" + body)));
    }

    @Override
    public void saveToken(@Nullable CsrfToken token, HttpServletRequest request, HttpServletResponse response) {
        boolean signed = token != null && token.getToken().startsWith(PREFIX);
        if (request.getSession(false) != null || (token != null && !signed)) {
            sessions.saveToken(token, request, response);
        }
    }

    @Override
    public @Nullable CsrfToken loadToken(HttpServletRequest request) {
        if (request.getSession(false) != null) {
            return sessions.loadToken(request);
        }
        String sent = unmasked(request.getParameter(PARAMETER));
        return (sent != null && valid(sent)) ? new DefaultCsrfToken(HEADER, PARAMETER, sent) : null;
    }

    /** Whether the token is one this class signed, not yet expired. */
    boolean valid(String token) {
        String[] parts = token.split("\\.", -1);
        if (parts.length != 4 || !token.startsWith(PREFIX)) {
            return false;
        }
        String body = token.substring(0, token.lastIndexOf('.'));
        byte[] expected = keys.apply("sign-in-token:" + body);
        byte[] given;
        long issued;
        try {
            given = Base64.getUrlDecoder().decode(parts[3]);
            issued = Long.parseLong(parts[1]);
        }
        catch (IllegalArgumentException ex) {
            return false;
        }
        long now = clock.instant().getEpochSecond();
        return MessageDigest.isEqual(expected, given) && issued <= now + 60 && now - issued <= VALIDITY.toSeconds();
    }

    /**
     * The token a form sent, with Spring Security's mask taken off: a page holds the
     * token XORed with random bytes of the same length, the two Base64-encoded together.
     */
    static @Nullable String unmasked(@Nullable String sent) {
        if (sent == null || sent.length() > 400) {
            return null;
        }
        byte[] bytes;
        try {
            bytes = Base64.getUrlDecoder().decode(sent);
        }
        catch (IllegalArgumentException ex) {
            return null;
        }
        if (bytes.length == 0 || bytes.length % 2 != 0) {
            return null;
        }
        int length = bytes.length / 2;
        byte[] token = new byte[length];
        for (int i = 0; i < length; i++) {
            token[i] = (byte) (bytes[i] ^ bytes[length + i]);
        }
        return new String(token, StandardCharsets.UTF_8);
    }

    private static String base64(byte[] bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

}
