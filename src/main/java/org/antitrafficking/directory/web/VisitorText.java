package org.antitrafficking.directory.web;

import java.util.Collections;
import java.util.Set;
import java.util.TreeSet;

import jakarta.servlet.http.HttpServletRequest;

/**
 * What a visitor typed, handled as the site promises: never kept where it would outlive
 * the visit, never written whole into a log, and never repeated at length on a page. A
 * crafted link must neither forge a log line (a {@code %0d%0a} in a slug) nor make the
 * site display a sentence of its author's choosing ("call 1-...") as if the site said it.
 */
public final class VisitorText {

    /**
     * The parameters that carry a visitor's own words: the site's and the API's
     * {@code q}, HSDS's {@code search}.
     */
    public static final Set<String> WORD_PARAMETERS = Set.of("q", "search");

    /**
     * How much of an invalid value a page or problem detail repeats, so the visitor can
     * spot a typo.
     */
    static final int ECHO_LENGTH = 16;

    /** How much of any one value from a request a log line holds. */
    static final int LOGGED_LENGTH = 120;

    private VisitorText() {
    }

    /**
     * Whether the request carries words a visitor typed: a {@code q} or {@code search}
     * that is not blank.
     */
    public static boolean carriesWords(HttpServletRequest request) {
        for (String name : WORD_PARAMETERS) {
            String[] values = request.getParameterValues(name);
            if (values != null) {
                for (String value : values) {
                    if (value != null && !value.isBlank()) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /**
     * A short, single-line part of an invalid value, for a message that says what was
     * wrong: control characters become spaces, and anything past {@value #ECHO_LENGTH}
     * characters is cut with an ellipsis. The page escapes it like any other text.
     */
    public static String echo(String value) {
        return cut(flattened(value), ECHO_LENGTH);
    }

    /**
     * A value from a request as a log line may hold it: control characters (line breaks
     * among them) shown as {@code ?}, and at most {@value #LOGGED_LENGTH} characters.
     */
    public static String loggable(String value) {
        if (value == null) {
            return "null";
        }
        StringBuilder safe = new StringBuilder(Math.min(value.length(), LOGGED_LENGTH + 1));
        value.codePoints().limit(LOGGED_LENGTH).forEach(point -> {
            if (Character.isISOControl(point) || Character.getType(point) == Character.LINE_SEPARATOR
                    || Character.getType(point) == Character.PARAGRAPH_SEPARATOR
                    || Character.getType(point) == Character.FORMAT) {
                safe.append('?');
            }
            else {
                safe.appendCodePoint(point);
            }
        });
        return (value.codePointCount(0, value.length()) > LOGGED_LENGTH) ? safe + "…" : safe.toString();
    }

    /**
     * How a refused request is named in the log: its path and the names of its
     * parameters, never their values, both made {@link #loggable}. Such as
     * {@code /programs [department, q]}.
     */
    public static String describe(HttpServletRequest request) {
        TreeSet<String> names = new TreeSet<>();
        Collections.list(request.getParameterNames()).forEach(name -> names.add(loggable(name)));
        String path = loggable(request.getRequestURI());
        return names.isEmpty() ? path : path + " " + loggable(names.toString());
    }

    private static String flattened(String value) {
        if (value == null) {
            return "";
        }
        StringBuilder flat = new StringBuilder();
        value.strip()
            .codePoints()
            .forEach(point -> flat
                .appendCodePoint(Character.isISOControl(point) || Character.getType(point) == Character.LINE_SEPARATOR
                        || Character.getType(point) == Character.PARAGRAPH_SEPARATOR ? ' ' : point));
        return flat.toString();
    }

    private static String cut(String text, int length) {
        return (text.codePointCount(0, text.length()) > length)
                ? text.substring(0, text.offsetByCodePoints(0, length)).strip() + "…" : text;
    }

}
