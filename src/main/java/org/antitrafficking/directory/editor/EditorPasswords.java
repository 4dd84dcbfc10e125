package org.antitrafficking.directory.editor;

import java.util.Optional;

import org.antitrafficking.directory.editor.SignInThrottle.SignInLockedException;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;

/**
 * Changes an editor's password, which asks for the current one (ASVS 6.2.3). A wrong
 * current password counts as a failed sign-in, so the form cannot be used to guess one
 * faster than the sign-in page allows.
 */
@Service
class EditorPasswords {

    private final EditorAccounts accounts;

    private final PasswordEncoder encoder;

    private final SignInThrottle throttle;

    EditorPasswords(EditorAccounts accounts, PasswordEncoder encoder, SignInThrottle throttle) {
        this.accounts = accounts;
        this.encoder = encoder;
        this.throttle = throttle;
    }

    /**
     * Sets {@code username}'s password to {@code chosen} if {@code current} is right and
     * {@code chosen} follows the {@link PasswordRules}.
     * @return the message key saying what was wrong, or empty if the password was changed
     */
    Optional<String> change(String username, String address, String current, String chosen, String confirmation) {
        EditorAccount account = accounts.find(username).orElse(null);
        if (account == null || account.disabled()) {
            return Optional.of("editor.password.problem.current");
        }
        long attempt;
        try {
            attempt = throttle.begin(username, address);
        }
        catch (SignInLockedException ex) {
            return Optional.of("editor.password.problem.locked");
        }
        if (!encoder.matches(current, account.passwordHash())) {
            return Optional.of("editor.password.problem.current");
        }
        throttle.succeeded(attempt, username);
        if (!chosen.equals(confirmation)) {
            return Optional.of("editor.password.problem.confirmation");
        }
        if (chosen.equals(current)) {
            return Optional.of("editor.password.problem.unchanged");
        }
        Optional<String> problem = PasswordRules.problem(username, chosen);
        if (problem.isPresent()) {
            return problem;
        }
        accounts.changePassword(username, encoder.encode(chosen));
        return Optional.empty();
    }

}
