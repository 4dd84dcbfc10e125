package org.antitrafficking.directory.readmodel;

import java.util.Collections;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Enums as the slugs the database, the URLs and the message keys use:
 * {@code GRANT_PROGRAM} is {@code grant-program}.
 */
public final class Slugs {

    /**
     * Each enum's values by slug, made once per enum: the read model parses a value for
     * every row it reads, hundreds of thousands at a time.
     */
    private static final ClassValue<Map<String, Enum<?>>> BY_SLUG = new ClassValue<>() {
        @Override
        protected Map<String, Enum<?>> computeValue(Class<?> type) {
            Map<String, Enum<?>> bySlug = new HashMap<>();
            for (Object value : type.getEnumConstants()) {
                bySlug.putIfAbsent(of((Enum<?>) value), (Enum<?>) value);
            }
            return Collections.unmodifiableMap(bySlug);
        }
    };

    private Slugs() {
    }

    public static String of(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static <E extends Enum<E>> Optional<E> parse(Class<E> type, String slug) {
        return Optional.ofNullable(type.cast(BY_SLUG.get(type).get(slug)));
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
