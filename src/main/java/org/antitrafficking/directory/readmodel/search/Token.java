package org.antitrafficking.directory.readmodel.search;

import java.util.ArrayList;
import java.util.List;

/** A run of letters and digits in a text, and where it is. */
record Token(String text, int start, int end) {

    static List<Token> of(String text) {
        List<Token> tokens = new ArrayList<>();
        forEachRun(text, (start, end) -> tokens.add(new Token(text.substring(start, end), start, end)));
        return tokens;
    }

    /**
     * Tells {@code runs} where each run of letters and digits in the text starts and
     * ends, in order, making no string of it.
     */
    static void forEachRun(String text, Runs runs) {
        int start = -1;
        for (int i = 0; i <= text.length(); i++) {
            boolean wordChar = i < text.length() && Character.isLetterOrDigit(text.charAt(i));
            if (wordChar && start < 0) {
                start = i;
            }
            else if (!wordChar && start >= 0) {
                runs.run(start, i);
                start = -1;
            }
        }
    }

    /** Takes where a run of letters and digits starts and ends. */
    interface Runs {

        void run(int start, int end);

    }

}
