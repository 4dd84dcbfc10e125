package org.antitrafficking.directory.suggestion;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The keys of each day (UTC), shared by every instance with no configuration: the first
 * instance to need a day's key draws 32 random bytes and inserts them, and every instance
 * then reads the one row that won. Each instance keeps the keys it has read in memory, so
 * a form costs a query only for the first form of a day. Two keys are derived from the
 * day's, one to sign form tokens and one to hash client addresses, so neither use can
 * stand in for the other.
 *
 * <p>
 * Keys of days before yesterday are deleted: no token lives that long, and an address
 * hash cannot be recomputed without its key.
 */
@Component
class DailyKeys implements FormToken.Keys {

    static final int KEY_BYTES = 32;

    private final JdbcClient jdbc;

    private final Clock clock;

    private final SecureRandom random = new SecureRandom();

    private final Map<LocalDate, Derived> known = new ConcurrentHashMap<>();

    private record Derived(byte[] token, byte[] address) {
    }

    @Autowired
    DailyKeys(SuggestionDatabase database) {
        this(database.jdbc(), Clock.systemUTC());
    }

    DailyKeys(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public byte[] tokenKey(LocalDate day) {
        return keysOf(day).token();
    }

    /** The key that hashes the client addresses counted in the hour windows of a day. */
    byte[] addressKey(LocalDate day) {
        return keysOf(day).address();
    }

    LocalDate today() {
        return LocalDate.now(clock.withZone(ZoneOffset.UTC));
    }

    /**
     * Reads today's and tomorrow's keys ahead of need, so no form waits for the database
     * at midnight, and forgets and deletes those no token can use any more.
     */
    void prepare() {
        LocalDate today = today();
        keysOf(today);
        keysOf(today.plusDays(1));
        LocalDate oldestKept = today.minusDays(1);
        known.keySet().removeIf(day -> day.isBefore(oldestKept));
        jdbc.sql("DELETE FROM suggestion_key WHERE day < :oldest").param("oldest", oldestKept).update();
    }

    private Derived keysOf(LocalDate day) {
        Derived keys = known.get(day);
        if (keys == null) {
            byte[] key = load(day);
            keys = new Derived(Hmac.of(key, "form-token"), Hmac.of(key, "client-address"));
            known.put(day, keys);
        }
        return keys;
    }

    private byte[] load(LocalDate day) {
        byte[] drawn = new byte[KEY_BYTES];
        random.nextBytes(drawn);
        jdbc.sql("INSERT INTO suggestion_key (day, key) VALUES (:day, :key) ON CONFLICT (day) DO NOTHING")
            .param("day", day)
            .param("key", drawn)
            .update();
        return jdbc.sql("SELECT key FROM suggestion_key WHERE day = :day")
            .param("day", day)
            .query(byte[].class)
            .single();
    }

}
