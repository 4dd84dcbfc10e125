package org.antitrafficking.directory.web;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;
import java.util.TreeMap;

import org.springframework.web.util.UriUtils;

/**
 * One spelling for every query string that asks for the same thing: parameters in name
 * order, the values of each in order, blank values left out and numbers without leading
 * zeros, every part encoded alike.
 * {@code function=protection&department=&function=prevention&page=02} and
 * {@code function=prevention&function=protection&page=2} are one page, so they are one
 * cache entry.
 */
public final class CanonicalQuery {

    private CanonicalQuery() {
    }

    /** The canonical query string of these parameters, empty when none has a value. */
    public static String of(Map<String, String[]> parameters) {
        TreeMap<String, List<String>> sorted = new TreeMap<>();
        parameters.forEach((name, values) -> {
            List<String> kept = new ArrayList<>();
            for (String value : values) {
                if (value != null && !value.isBlank()) {
                    kept.add(normalised(value.strip()));
                }
            }
            if (!kept.isEmpty()) {
                kept.sort(null);
                sorted.put(name, kept);
            }
        });
        StringJoiner query = new StringJoiner("&");
        sorted.forEach((name, values) -> values.forEach(value -> query.add(encode(name) + "=" + encode(value))));
        return query.toString();
    }

    /** The path with the canonical query of these parameters, if any. */
    public static String target(String path, Map<String, String[]> parameters) {
        String query = of(parameters);
        return query.isEmpty() ? path : path + "?" + query;
    }

    /** A number is spelt without leading zeros; anything else as it is. */
    private static String normalised(String value) {
        if (value.length() > 1 && value.length() < 10 && value.chars().allMatch(Character::isDigit)) {
            return Integer.toString(Integer.parseInt(value));
        }
        return value;
    }

    private static String encode(String text) {
        return UriUtils.encodeQueryParam(text, StandardCharsets.UTF_8);
    }

    /**
     * The given parameters but those not {@code known}, for a redirect that drops the
     * others.
     */
    static Map<String, String[]> only(Map<String, String[]> parameters, Set<String> known) {
        Map<String, String[]> kept = new TreeMap<>();
        parameters.forEach((name, values) -> {
            if (known.contains(name)) {
                kept.put(name, Arrays.copyOf(values, values.length));
            }
        });
        return kept;
    }

}
