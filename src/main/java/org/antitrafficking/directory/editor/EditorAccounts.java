package org.antitrafficking.directory.editor;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code editor} table. */
@Repository
class EditorAccounts {

    /** What the table accepts as a name: lowercase letters, digits, dots, dashes. */
    static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{0,39}");

    private final JdbcClient jdbc;

    EditorAccounts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The name as accounts are kept: trimmed and lowercase, so that "Alice " signs in as
     * "alice".
     */
    static String normalize(@Nullable String username) {
        return (username != null) ? username.strip().toLowerCase(Locale.ROOT) : "";
    }

    Optional<EditorAccount> find(String username) {
        return jdbc.sql("""
                SELECT username, password_hash, must_change_password, one_time_password_expires_at,
                       created_at, disabled
                FROM editor WHERE username = :username""")
            .param("username", username)
            .query((row, number) -> new EditorAccount(row.getString("username"), row.getString("password_hash"),
                    row.getBoolean("must_change_password"), instant(row.getTimestamp("one_time_password_expires_at")),
                    row.getTimestamp("created_at").toInstant(), row.getBoolean("disabled")))
            .optional();
    }

    /**
     * Creates an account whose password is a one-time one; false if the name is taken.
     */
    boolean create(String username, String oneTimePasswordHash, Instant expiresAt) {
        return jdbc.sql("""
                INSERT INTO editor (username, password_hash, must_change_password, one_time_password_expires_at)
                VALUES (:username, :hash, true, :expiresAt)
                ON CONFLICT (username) DO NOTHING""")
            .param("username", username)
            .param("hash", oneTimePasswordHash)
            .param("expiresAt", Timestamp.from(expiresAt))
            .update() == 1;
    }

    /**
     * Gives an account a new one-time password that must be changed; false if no account
     * has the name.
     */
    boolean reset(String username, String oneTimePasswordHash, Instant expiresAt) {
        return jdbc.sql("""
                UPDATE editor SET password_hash = :hash, must_change_password = true,
                                  one_time_password_expires_at = :expiresAt
                WHERE username = :username""")
            .param("username", username)
            .param("hash", oneTimePasswordHash)
            .param("expiresAt", Timestamp.from(expiresAt))
            .update() == 1;
    }

    /** Closes an account; false if no account has the name. */
    boolean disable(String username) {
        return jdbc.sql("UPDATE editor SET disabled = true WHERE username = :username")
            .param("username", username)
            .update() == 1;
    }

    /**
     * Ends every session the account has open, on every instance; how many there were.
     */
    int endSessions(String username) {
        return jdbc.sql("DELETE FROM editor_session WHERE principal_name = :username")
            .param("username", username)
            .update();
    }

    /** Sets a password the editor chose, which is no longer a one-time one. */
    void changePassword(String username, String passwordHash) {
        jdbc.sql("""
                UPDATE editor SET password_hash = :hash, must_change_password = false,
                                  one_time_password_expires_at = NULL
                WHERE username = :username""").param("username", username).param("hash", passwordHash).update();
    }

    private static @Nullable Instant instant(@Nullable Timestamp timestamp) {
        return (timestamp != null) ? timestamp.toInstant() : null;
    }

}
