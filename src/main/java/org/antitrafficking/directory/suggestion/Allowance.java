package org.antitrafficking.directory.suggestion;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * How many suggestions a client address may send: {@link #PER_HOUR} in each hour of the
 * clock (UTC), counted in PostgreSQL so that every instance counts against the same
 * limit. The address is kept only as its HMAC under the day's address key, and a window
 * is deleted once the hour after it is over, so no count outlives a day.
 */
final class Allowance {

    static final int PER_HOUR = 5;

    /** How many ended windows of other addresses a submission deletes on its way. */
    private static final int SWEEP = 100;

    private final JdbcClient jdbc;

    private final DailyKeys keys;

    Allowance(JdbcClient jdbc, DailyKeys keys) {
        this.jdbc = jdbc;
        this.keys = keys;
    }

    /** The hour a submission at {@code now} counts in. */
    static Instant windowOf(Instant now) {
        return now.truncatedTo(ChronoUnit.HOURS);
    }

    /**
     * Windows that started before this are over and no longer needed: those before the
     * previous hour, so an instance whose clock is a little behind still finds its own.
     */
    static Instant expiredBefore(Instant now) {
        return windowOf(now).minus(Duration.ofHours(1));
    }

    /** Seconds until the window of {@code now} ends and the address may send again. */
    static long secondsLeft(Instant now) {
        return Duration.between(now, windowOf(now).plus(Duration.ofHours(1))).toSeconds() + 1;
    }

    /**
     * Counts one more submission from the address at {@code now}, in the caller's
     * transaction; false if the address has sent {@link #PER_HOUR} this hour already. Old
     * windows are deleted on the way: the address's own, and a few of others' that no
     * other submission is deleting at that moment.
     */
    boolean take(String address, Instant now) {
        Instant window = windowOf(now);
        byte[] hash = Hmac.of(keys.addressKey(LocalDate.ofInstant(window, ZoneOffset.UTC)), address);
        jdbc.sql("DELETE FROM suggestion_allowance WHERE address_hash = :hash AND window_start < :window")
            .param("hash", hash)
            .param("window", window.atOffset(ZoneOffset.UTC))
            .update();
        jdbc.sql("""
                DELETE FROM suggestion_allowance WHERE (address_hash, window_start) IN (
                    SELECT address_hash, window_start FROM suggestion_allowance WHERE window_start < :expired
                    LIMIT :sweep FOR UPDATE SKIP LOCKED)""")
            .param("expired", expiredBefore(now).atOffset(ZoneOffset.UTC))
            .param("sweep", SWEEP)
            .update();
        return jdbc.sql("""
                INSERT INTO suggestion_allowance AS allowance (address_hash, window_start, submissions)
                VALUES (:hash, :window, 1)
                ON CONFLICT (address_hash, window_start)
                DO UPDATE SET submissions = allowance.submissions + 1 WHERE allowance.submissions < :limit
                RETURNING submissions""")
            .param("hash", hash)
            .param("window", window.atOffset(ZoneOffset.UTC))
            .param("limit", PER_HOUR)
            .query(Integer.class)
            .optional()
            .isPresent();
    }

    /** Deletes every window that is over; returns how many. */
    int deleteExpired(Instant now) {
        return jdbc.sql("DELETE FROM suggestion_allowance WHERE window_start < :expired")
            .param("expired", expiredBefore(now).atOffset(ZoneOffset.UTC))
            .update();
    }

}
