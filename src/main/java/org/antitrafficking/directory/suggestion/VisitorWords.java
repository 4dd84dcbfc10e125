package org.antitrafficking.directory.suggestion;

import org.jspecify.annotations.Nullable;

/**
 * The rules for the words a visitor types into the form: stripped of outer blanks, line
 * ends as one character, a limit counted in characters as PostgreSQL counts them, and no
 * character that is not text (control characters other than tab and line end, unpaired
 * surrogates from a broken encoding, noncharacters).
 */
final class VisitorWords {

    /** What stands in for a character that is not text when the form shows it again. */
    static final char REPLACEMENT = '\uFFFD';

    private VisitorWords() {
    }

    /** The value as it is stored: line ends as {@code \n}, outer blanks stripped. */
    static String stored(@Nullable String value) {
        return (value == null) ? "" : value.replace("\r\n", "\n").replace('\r', '\n').strip();
    }

    /**
     * The value as the form shows it again: as stored, with every character that is not
     * text replaced by {@link #REPLACEMENT}, so the visitor sees where it was.
     */
    static String shown(@Nullable String value) {
        StringBuilder shown = new StringBuilder();
        stored(value).codePoints().forEach(point -> shown.appendCodePoint(isText(point, true) ? point : REPLACEMENT));
        return shown.toString();
    }

    /**
     * What is wrong with the value, as the last part of a message key ({@code missing},
     * {@code too-long}, {@code characters}), or null if nothing is.
     */
    static @Nullable String problem(@Nullable String value, int maxLength, boolean required, boolean lines) {
        String stored = stored(value);
        if (stored.isEmpty()) {
            return required ? "missing" : null;
        }
        if (stored.codePointCount(0, stored.length()) > maxLength) {
            return "too-long";
        }
        return stored.codePoints().allMatch(point -> isText(point, lines)) ? null : "characters";
    }

    private static boolean isText(int point, boolean lines) {
        if (point == '\t' || (lines && point == '\n')) {
            return true;
        }
        boolean surrogate = point >= Character.MIN_SURROGATE && point <= Character.MAX_SURROGATE;
        return !Character.isISOControl(point) && !surrogate && !isNoncharacter(point);
    }

    private static boolean isNoncharacter(int point) {
        return (point >= 0xFDD0 && point <= 0xFDEF) || (point & 0xFFFE) == 0xFFFE;
    }

}
