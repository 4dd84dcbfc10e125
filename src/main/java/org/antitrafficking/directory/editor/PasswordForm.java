package org.antitrafficking.directory.editor;

import org.antitrafficking.directory.web.TakesParameters;
import org.jspecify.annotations.Nullable;

/**
 * The form that changes a password. Passwords are taken as they were typed or pasted:
 * nothing is trimmed or cut off.
 *
 * @param currentPassword the password the editor signed in with
 * @param newPassword the one they chose
 * @param confirmPassword the same again, so that a slip of the finger does not lock them
 * out
 *
 * <p>
 * The form also sends the editor's name, hidden, for password managers, and its CSRF
 * token; neither is read here.
 */
@TakesParameters({ "currentPassword", "newPassword", "confirmPassword", "username", "_csrf" })
record PasswordForm(@Nullable String currentPassword, @Nullable String newPassword, @Nullable String confirmPassword) {

    String current() {
        return (currentPassword != null) ? currentPassword : "";
    }

    String chosen() {
        return (newPassword != null) ? newPassword : "";
    }

    String confirmation() {
        return (confirmPassword != null) ? confirmPassword : "";
    }

}
