package org.antitrafficking.directory.editor;

import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * What an editor's text must be before it reaches a record: trimmed, empty meaning none,
 * with no markup and no control character (a line break only where the field has several
 * lines). Every record's text is shown on public pages as text; a tag in it is a mistake
 * or an attack either way, so it is refused rather than escaped.
 */
final class Texts {

    /** A tag, a comment, a doctype or a processing instruction beginning. */
    private static final Pattern MARKUP = Pattern.compile("<\\s*[A-Za-z/!?]");

    private static final Pattern NUMERIC_ENTITY = Pattern.compile("&#");

    private Texts() {
    }

    /**
     * The value as the record keeps it, or null for an empty one; throws a
     * {@link FieldProblem} for markup, a control character, or a line break in a field of
     * one line.
     */
    static @Nullable String clean(@Nullable String value, boolean severalLines) {
        if (value == null) {
            return null;
        }
        String text = value.replace("\r\n", "\n").replace('\r', '\n').strip();
        if (text.isEmpty()) {
            return null;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' && !severalLines) {
                throw new FieldProblem("editor.problem.line-break");
            }
            boolean allowed = c == '\n' || c == '\t';
            if (!allowed && (Character.isISOControl(c) || c == '\u2028' || c == '\u2029' || c == '\uFFFE'
                    || c == '\uFFFF' || Character.isSurrogate(c) && !validSurrogate(text, i))) {
                throw new FieldProblem("editor.problem.control");
            }
        }
        if (MARKUP.matcher(text).find() || NUMERIC_ENTITY.matcher(text).find()) {
            throw new FieldProblem("editor.problem.markup");
        }
        return text;
    }

    /**
     * The text with control characters and broken surrogates taken out and cut to 100
     * characters, to quote back to an editor in a message.
     */
    static String printable(String text) {
        StringBuilder printable = new StringBuilder();
        for (int i = 0; i < text.length() && printable.length() < 100; i++) {
            char c = text.charAt(i);
            if (!Character.isISOControl(c) && !(Character.isSurrogate(c) && !validSurrogate(text, i))) {
                printable.append(c);
            }
        }
        return printable.toString();
    }

    private static boolean validSurrogate(String text, int i) {
        char c = text.charAt(i);
        if (Character.isHighSurrogate(c)) {
            return i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1));
        }
        return i > 0 && Character.isHighSurrogate(text.charAt(i - 1));
    }

}
