package org.antitrafficking.directory.readmodel;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * Enums as the slugs the database, the URLs and the message keys use:
 * {@code GRANT_PROGRAM} is {@code grant-program}.
 */
public final class Slugs {

    private Slugs() {
    }

    public static String of(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static <E extends Enum<E>> Optional<E> parse(Class<E> type, String slug) {
        return Arrays.stream(type.getEnumConstants()).filter(value -> of(value).equals(slug)).findFirst();
    }

    /**
     * The value the database holds; one this version of the application does not know is
     * a bug.
     */
    public static <E extends Enum<E>> E fromDatabase(Class<E> type, String slug) {
        return parse(type, slug).orElseThrow(() -> new IllegalStateException("The database holds "
                + type.getSimpleName() + " '" + slug + "', which this version of the application does not know"));
    }

}
