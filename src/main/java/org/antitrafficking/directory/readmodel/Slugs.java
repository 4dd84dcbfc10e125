package org.antitrafficking.directory.system;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

import jakarta.persistence.AttributeConverter;

/**
 * Stores an enum as the slug the database and the URLs use: {@code GRANT_PROGRAM} is
 * {@code grant-program}. Each enum declares a concrete subclass for JPA to instantiate.
 */
public abstract class SlugEnumConverter<E extends Enum<E>> implements AttributeConverter<E, String> {

    private final Class<E> type;

    protected SlugEnumConverter(Class<E> type) {
        this.type = type;
    }

    public static String slugOf(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static <E extends Enum<E>> Optional<E> fromSlug(Class<E> type, String slug) {
        return Arrays.stream(type.getEnumConstants()).filter(value -> slugOf(value).equals(slug)).findFirst();
    }

    @Override
    public String convertToDatabaseColumn(E value) {
        return (value != null) ? slugOf(value) : null;
    }

    @Override
    public E convertToEntityAttribute(String slug) {
        if (slug == null) {
            return null;
        }
        return fromSlug(type, slug).orElseThrow(
                () -> new IllegalStateException("The database holds " + type.getSimpleName() + " '" + slug
                        + "', which this version of the application does not know"));
    }
}
