package org.antitrafficking.directory.readmodel;

import java.util.HashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * The Spanish text of the records' fields that has been translated from the English the
 * records hold now (migration V51): a translation of an English text that has changed
 * since is not here, so a Spanish page shows the current English instead, marked as
 * English, until an editor reviews it.
 */
public final class Translations {

    private static final Translations NONE = new Translations(Map.of());

    private final Map<String, String> spanish;

    private Translations(Map<String, String> spanish) {
        this.spanish = spanish;
    }

    public static Translations none() {
        return NONE;
    }

    /** A builder for the translations of one snapshot. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The Spanish of one field of one record, such as {@code description} or
     * {@code channel-2-instructions}, where it translates the current English.
     */
    public @Nullable String spanish(RecordKind kind, String slug, String field) {
        return this.spanish.get(key(kind, slug, field));
    }

    /** How many fields are translated. */
    public int size() {
        return this.spanish.size();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Translations translations && this.spanish.equals(translations.spanish);
    }

    @Override
    public int hashCode() {
        return this.spanish.hashCode();
    }

    private static String key(RecordKind kind, String slug, String field) {
        return kind.slug() + '/' + slug + '#' + field;
    }

    /** Collects the translations of one snapshot. */
    public static final class Builder {

        private final Map<String, String> spanish = new HashMap<>();

        private Builder() {
        }

        public Builder add(RecordKind kind, String slug, String field, String text) {
            this.spanish.put(key(kind, slug, field), text);
            return this;
        }

        public Translations build() {
            return new Translations(Map.copyOf(this.spanish));
        }

    }

}
