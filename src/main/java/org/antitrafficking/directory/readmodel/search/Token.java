package org.antitrafficking.directory.readmodel.search;

import java.util.ArrayList;
import java.util.List;

/** A run of letters and digits in a text, and where it is. */
record Token(String text, int start, int end) {

    static List<Token> of(String text) {
        List<Token> tokens = new ArrayList<>();
        int start = -1;
        for (int i = 0; i <= text.length(); i++) {
            boolean wordChar = i < text.length() && Character.isLetterOrDigit(text.charAt(i));
            if (wordChar && start < 0) {
                start = i;
            }
            else if (!wordChar && start >= 0) {
                tokens.add(new Token(text.substring(start, i), start, i));
                start = -1;
            }
        }
        return tokens;
    }
}
