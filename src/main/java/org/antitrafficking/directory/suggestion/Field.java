package org.antitrafficking.directory.suggestion;

import org.jspecify.annotations.Nullable;

/**
 * One fact of a record a visitor can say is wrong: its name as the form and the history
 * name it ({@code hours}, {@code channel-2-value}), its label, and what the record's page
 * shows today, or null where it shows nothing.
 */
record Field(String name, String label, @Nullable String value) {

    /** How much of today's value a choice in the list shows. */
    static final int PREVIEW_LENGTH = 60;

    /**
     * Today's value cut short for the list of fields, or null where there is none: the
     * whole of a description would not fit in a choice.
     */
    public @Nullable String preview() {
        if (value == null) {
            return null;
        }
        String flat = value.replaceAll("\\s+", " ").strip();
        return (flat.codePointCount(0, flat.length()) > PREVIEW_LENGTH)
                ? flat.substring(0, flat.offsetByCodePoints(0, PREVIEW_LENGTH)).strip() + "…" : flat;
    }

}
