package org.antitrafficking.directory.editor;

import java.util.List;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;

/**
 * One fact of a record an editor can change: its name as the form and the history name it
 * ({@code hours}, {@code channel-2-value}), the kind of input it takes, how to read it
 * from the record as the text a revision keeps, and how to write such a text back.
 *
 * <p>
 * Every value goes in and out as text, so that one form, one revision table and one
 * restore serve every field: a closed choice is its slug, a set is its slugs in order
 * separated by commas, a yes or no is {@code yes}, {@code no} or nothing, a link to
 * another record is that record's slug.
 *
 * @param <R> the kind of record
 * @param name the field's name, as revisions keep it
 * @param label the message key of the field's label
 * @param input the input the form shows
 * @param property the record's property Bean Validation names in its messages, to put a
 * refusal beside the right input
 * @param options where the choices of a choice or a set come from, null for text
 * @param reader the field's value as text, null for none
 * @param writer sets the field from text
 */
record EditableField<R>(String name, String label, Input input, String property, @Nullable Options options,
        Function<R, @Nullable String> reader, Writer<R> writer) {

    /** How the form asks for the value. */
    enum Input {

        /** One line of text. */
        LINE,
        /** Several lines of text. */
        PROSE,
        /** One of a list, or none where the field may be empty. */
        CHOICE,
        /** Any number of a list. */
        CHOICES

    }

    /** Where a choice's options come from. */
    enum Options {

        DEPARTMENT_KINDS, AGENCY_KINDS, PROGRAM_KINDS, TASK_FORCE_KINDS, FUNCTIONS, SCOPES, PURPOSES, YES_NO, SHARING,
        CHANNEL_KINDS, DEPARTMENTS, AGENCIES, TASK_FORCES, SOURCES

    }

    /** Sets a field from the text of the form or of a revision. */
    @FunctionalInterface
    interface Writer<R> {

        /**
         * Sets the field, or throws a {@link FieldProblem} where the text cannot be a
         * value of it (an unknown slug, a number with no digits).
         */
        void write(R record, @Nullable String value, EditContext edit);

    }

    @Nullable String read(R record) {
        return reader.apply(record);
    }

    void write(R record, @Nullable String value, EditContext edit) {
        writer.write(record, value, edit);
    }

    /** A value of the field's choices: what the form sends and what the editor reads. */
    record Option(String value, String label) {

    }

    /** The values of a set, in a stable order, as a revision keeps them. */
    static @Nullable String joined(List<String> slugs) {
        return slugs.isEmpty() ? null : String.join(", ", slugs.stream().sorted().toList());
    }

}
