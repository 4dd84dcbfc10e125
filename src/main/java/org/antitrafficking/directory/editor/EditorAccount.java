package org.antitrafficking.directory.editor;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * An editor's account as the {@code editor} table holds it.
 *
 * @param username the name the editor signs in with, lowercase
 * @param passwordHash the password's hash, prefixed with its encoder's id
 * @param mustChangePassword whether the password is a one-time one, to be changed at the
 * next sign-in before anything else
 * @param oneTimePasswordExpiresAt when the one-time password stops working; null once it
 * has been changed
 * @param createdAt when the account was created
 * @param disabled whether the account may no longer sign in
 */
record EditorAccount(String username, String passwordHash, boolean mustChangePassword,
        @Nullable Instant oneTimePasswordExpiresAt, Instant createdAt, boolean disabled) {

    /** Whether the one-time password has expired at {@code now}. */
    boolean oneTimePasswordExpired(Instant now) {
        return oneTimePasswordExpiresAt != null && !now.isBefore(oneTimePasswordExpiresAt);
    }

}
