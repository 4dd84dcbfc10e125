package org.antitrafficking.directory.editor;

import java.security.SecureRandom;

/**
 * One-time passwords for new accounts: 25 characters drawn by a {@link SecureRandom} from
 * 31 that cannot be mistaken for one another (no 0, o, 1, l or i), about 124 bits, in
 * five groups of five so that an operator can read one out.
 */
final class OneTimePasswords {

    static final String ALPHABET = "23456789abcdefghjkmnpqrstuvwxyz";

    static final int GROUPS = 5;

    static final int GROUP_LENGTH = 5;

    private static final SecureRandom RANDOM = new SecureRandom();

    private OneTimePasswords() {
    }

    static String generate() {
        StringBuilder password = new StringBuilder(GROUPS * (GROUP_LENGTH + 1));
        for (int group = 0; group < GROUPS; group++) {
            if (group > 0) {
                password.append('-');
            }
            for (int i = 0; i < GROUP_LENGTH; i++) {
                password.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
            }
        }
        return password.toString();
    }

}
