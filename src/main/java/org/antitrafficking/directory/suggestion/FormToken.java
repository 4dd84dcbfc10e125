package org.antitrafficking.directory.suggestion;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Base64;

import org.jspecify.annotations.Nullable;

/**
 * The token in every suggestion form: when the form was handed out and an HMAC-SHA256 of
 * that time and the record, under the key of that day ({@link DailyKeys}), so any
 * instance can check it without a session. It expires after {@link #VALIDITY}, and a form
 * sent back sooner than {@link #MINIMUM_FILL_TIME} after it was handed out was not filled
 * in by a person. A token names its record, so one handed out for a hotline is no good
 * for a program.
 *
 * <p>
 * The token does not tell one visitor from another (there is nothing to tell them by): it
 * proves that the form was asked for from this site recently, and not too recently.
 * Anyone may ask for one, so what stops a flood is the limit per address
 * ({@link Allowance}).
 */
final class FormToken {

    static final Duration VALIDITY = Duration.ofHours(2);

    static final Duration MINIMUM_FILL_TIME = Duration.ofSeconds(3);

    /**
     * How far ahead of this instance's clock another instance's may be: a token from the
     * future beyond it was not issued by any instance.
     */
    static final Duration CLOCK_SKEW = Duration.ofSeconds(5);

    /** No real token is longer; a longer one is refused before any parsing. */
    static final int MAX_LENGTH = 100;

    private static final String PURPOSE = "suggestion-form";

    /** What a token says about the form it came back with. */
    enum Check {

        VALID, MISSING, INVALID, EXPIRED, TOO_FAST

    }

    /** The key of each day's tokens. */
    @FunctionalInterface
    interface Keys {

        byte[] tokenKey(LocalDate day);

    }

    private final Keys keys;

    private final Clock clock;

    FormToken(Keys keys, Clock clock) {
        this.keys = keys;
        this.clock = clock;
    }

    /** A token for a form of the record, handed out now. */
    String issue(String kind, String slug) {
        return issue(kind, slug, clock.instant());
    }

    /**
     * A token as if handed out at {@code issued}: for a form shown again after a
     * submission, whose visitor has spent the fill time already.
     */
    String issue(String kind, String slug, Instant issued) {
        long seconds = issued.getEpochSecond();
        return seconds + "." + encode(mac(kind, slug, seconds));
    }

    /** A token for a form shown again to a visitor who has filled it in once already. */
    String reissue(String kind, String slug) {
        return issue(kind, slug, clock.instant().minus(MINIMUM_FILL_TIME));
    }

    /** Whether the token is one this site handed out for the record, and in time. */
    Check check(@Nullable String token, String kind, String slug) {
        if (token == null || token.isBlank()) {
            return Check.MISSING;
        }
        int dot = token.indexOf('.');
        if (token.length() > MAX_LENGTH || dot < 1 || dot > 12
                || !token.substring(0, dot).chars().allMatch(c -> c >= '0' && c <= '9')) {
            return Check.INVALID;
        }
        long seconds = Long.parseLong(token.substring(0, dot));
        Instant now = clock.instant();
        Instant issued = Instant.ofEpochSecond(seconds);
        if (issued.isAfter(now.plus(CLOCK_SKEW))) {
            return Check.INVALID;
        }
        if (issued.plus(VALIDITY).isBefore(now)) {
            return Check.EXPIRED;
        }
        byte[] given;
        try {
            given = Base64.getUrlDecoder().decode(token.substring(dot + 1));
        }
        catch (IllegalArgumentException ex) {
            return Check.INVALID;
        }
        if (!Hmac.same(given, mac(kind, slug, seconds))) {
            return Check.INVALID;
        }
        return issued.plus(MINIMUM_FILL_TIME).isAfter(now) ? Check.TOO_FAST : Check.VALID;
    }

    private byte[] mac(String kind, String slug, long seconds) {
        LocalDate day = LocalDate.ofInstant(Instant.ofEpochSecond(seconds), ZoneOffset.UTC);
        return Hmac.of(keys.tokenKey(day), PURPOSE, kind, slug, Long.toString(seconds));
    }

    private static String encode(byte[] mac) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(mac);
    }

}
