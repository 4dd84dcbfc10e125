package org.antitrafficking.directory.editor;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Duration;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.core.AuthenticationException;
import org.springframework.stereotype.Component;

/**
 * Limits sign-in attempts: at most {@link #ACCOUNT_LIMIT} failures for one account name
 * and {@link #ADDRESS_LIMIT} from one client address in {@link #WINDOW}, counted in
 * PostgreSQL so that every instance shares the count. The address is the one the
 * connection came from ({@code request.getRemoteAddr()}), which behind nginx is the one
 * nginx itself puts in X-Forwarded-For, never one a client sent.
 *
 * <p>
 * An attempt is recorded before its password is checked, and removed if it succeeds, so
 * that attempts sent all at once are counted as surely as attempts sent one after the
 * other. Names that have no account are counted the same way, so a lock-out says nothing
 * about whether an account exists. Only an HMAC of the name and of the address is kept,
 * and rows go once their window has passed: at the next attempt, and within the hour even
 * if none comes.
 */
@Component
class SignInThrottle {

    private static final Logger log = LoggerFactory.getLogger(SignInThrottle.class);

    static final int ACCOUNT_LIMIT = 5;

    static final int ADDRESS_LIMIT = 20;

    static final Duration WINDOW = Duration.ofMinutes(15);

    private static final String WINDOW_SQL = "make_interval(secs => " + WINDOW.toSeconds() + ")";

    private final JdbcClient jdbc;

    private volatile byte @Nullable [] key;

    SignInThrottle(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Records an attempt to sign in as {@code username} from {@code address}, before its
     * password is checked; it counts as a failure unless {@link #succeeded} is called.
     * @return the attempt
     * @throws SignInLockedException if the name or the address has failed too often
     */
    long begin(String username, String address) {
        byte[] account = hash("account:" + username);
        byte[] client = hash("address:" + address);
        jdbc.sql("DELETE FROM editor_sign_in_failure WHERE failed_at < clock_timestamp() - " + WINDOW_SQL).update();
        long attempt = jdbc
            .sql("INSERT INTO editor_sign_in_failure (account_hash, address_hash) VALUES (:account, :client) "
                    + "RETURNING id")
            .param("account", account)
            .param("client", client)
            .query(Long.class)
            .single();
        boolean locked = jdbc.sql("""
                SELECT count(*) FILTER (WHERE account_hash = :account) > :accountLimit
                       OR count(*) FILTER (WHERE address_hash = :client) > :addressLimit
                FROM editor_sign_in_failure
                WHERE (account_hash = :account OR address_hash = :client)
                  AND failed_at >= clock_timestamp() - """ + WINDOW_SQL)
            .param("account", account)
            .param("client", client)
            .param("accountLimit", ACCOUNT_LIMIT)
            .param("addressLimit", ADDRESS_LIMIT)
            .query(Boolean.class)
            .single();
        if (locked) {
            // Refused without a look at the password; the refusal itself is not counted,
            // so the lock ends a window after the failures that caused it.
            forget(attempt);
            throw new SignInLockedException();
        }
        return attempt;
    }

    /**
     * The attempt succeeded: it is no failure, and the account's earlier failures are
     * forgotten.
     */
    void succeeded(long attempt, String username) {
        jdbc.sql("DELETE FROM editor_sign_in_failure WHERE id = :attempt OR account_hash = :account")
            .param("attempt", attempt)
            .param("account", hash("account:" + username))
            .update();
    }

    private void forget(long attempt) {
        jdbc.sql("DELETE FROM editor_sign_in_failure WHERE id = :attempt").param("attempt", attempt).update();
    }

    /** Removes failures whose window has passed, even when nobody tries to sign in. */
    @Scheduled(initialDelayString = "PT5M", fixedDelayString = "PT1H")
    void removeOldFailures() {
        try {
            jdbc.sql("DELETE FROM editor_sign_in_failure WHERE failed_at < clock_timestamp() - " + WINDOW_SQL).update();
        }
        catch (DataAccessException ex) {
            log.warn("Old sign-in failures could not be removed now ({})", ex.getMostSpecificCause().getMessage());
        }
    }

    /**
     * A keyed hash with the key every instance shares (V48), for what must not be guessed
     * or forged.
     */
    byte[] hash(String value) {
        byte[] secret = key;
        if (secret == null) {
            secret = jdbc.sql("SELECT hash_key FROM editor_sign_in_key").query(byte[].class).single();
            key = secret;
        }
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            return mac.doFinal(value.getBytes(StandardCharsets.UTF_8));
        }
        catch (GeneralSecurityException ex) {
            throw new IllegalStateException("HMAC-SHA256 is part of every JDK", ex);
        }
    }

    /** Too many failed sign-ins for this name or from this address. */
    static final class SignInLockedException extends AuthenticationException {

        SignInLockedException() {
            super("Too many failed sign-ins for this name or from this address");
        }

    }

}
