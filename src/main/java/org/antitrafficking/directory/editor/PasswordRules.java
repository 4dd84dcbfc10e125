package org.antitrafficking.directory.editor;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.springframework.core.io.ClassPathResource;

/**
 * What a password an editor chooses must be, after OWASP ASVS 5.0 level 1 (6.2): at least
 * 8 characters (15 are recommended on the page), no rule about which kinds of character,
 * not one of the common passwords shipped with the application, not the editor's name.
 * Any character may be used, spaces and pasted text included; nothing is cut off: the
 * Argon2 hash takes the whole password however long, up to {@link #MAX_LENGTH}, which
 * only keeps a form from posting a novel.
 */
final class PasswordRules {

    static final int MIN_LENGTH = 8;

    static final int RECOMMENDED_LENGTH = 15;

    static final int MAX_LENGTH = 256;

    private PasswordRules() {
    }

    /**
     * The message key saying what is wrong with {@code password} as the new password of
     * {@code username}, or empty if nothing is.
     */
    static Optional<String> problem(String username, String password) {
        int length = password.codePointCount(0, password.length());
        if (length < MIN_LENGTH) {
            return Optional.of("editor.password.problem.too-short");
        }
        if (length > MAX_LENGTH) {
            return Optional.of("editor.password.problem.too-long");
        }
        if (isCommon(password)) {
            return Optional.of("editor.password.problem.common");
        }
        if (password.toLowerCase(Locale.ROOT).strip().equals(username)) {
            return Optional.of("editor.password.problem.username");
        }
        return Optional.empty();
    }

    /** Whether {@code password} is on the list, whatever its case. */
    static boolean isCommon(String password) {
        return CommonPasswords.LIST.contains(password.toLowerCase(Locale.ROOT));
    }

    static int commonPasswordCount() {
        return CommonPasswords.LIST.size();
    }

    /**
     * The list, read the first time a password is checked rather than at start-up
     * (editor/common-passwords-NOTICE.md says where it comes from).
     */
    private static final class CommonPasswords {

        static final Set<String> LIST = read("editor/common-passwords.txt");

        private static Set<String> read(String resource) {
            Set<String> passwords = new HashSet<>();
            try (BufferedReader lines = new BufferedReader(
                    new InputStreamReader(new ClassPathResource(resource).getInputStream(), StandardCharsets.UTF_8))) {
                for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                    if (!line.isEmpty()) {
                        passwords.add(line.toLowerCase(Locale.ROOT));
                    }
                }
            }
            catch (IOException ex) {
                throw new UncheckedIOException("The list of common passwords cannot be read", ex);
            }
            return Set.copyOf(passwords);
        }

    }

}
