package org.antitrafficking.directory.editor;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.antitrafficking.directory.editor.EditableField.Input;
import org.antitrafficking.directory.editor.EditableField.Option;
import org.antitrafficking.directory.readmodel.RecordKind;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * The editor's page of one record, as the template shows it: every field with the value
 * the form holds (the record's, a suggestion's, or what the editor sent back with a
 * problem), its choices, and what is wrong with it.
 */
@Component
class RecordPage {

    /** One input of the form. */
    record FieldView(String name, String label, String input, @Nullable String value, List<OptionView> options,
            List<String> problems, boolean changed) {

        /** The name the form sends it under. */
        public String param() {
            return PARAM_PREFIX + name;
        }

    }

    /** One choice. */
    record OptionView(String value, String label, boolean selected) {

    }

    /** A field whose value the editor sent and someone else changed since. */
    record Difference(String label, @Nullable String yours, @Nullable String now) {

    }

    /**
     * The prefix of a field's value in the form, so no field can be named like "reason".
     */
    static final String PARAM_PREFIX = "f.";

    private final OptionLists options;

    RecordPage(OptionLists options) {
        this.options = options;
    }

    /**
     * The form's fields: the record's values, overlaid with those given (a suggestion's,
     * or what the editor sent), with the problems found.
     */
    List<FieldView> fields(RecordEditor.Form form, Map<String, @Nullable String> given,
            Map<String, List<String>> problems, Locale locale) {
        List<FieldView> views = new ArrayList<>();
        for (EditableField<?> field : form.fields()) {
            String current = form.values().get(field.name());
            String value = given.containsKey(field.name()) ? given.get(field.name()) : current;
            List<OptionView> choices = new ArrayList<>();
            if (field.options() != null) {
                Set<String> chosen = Set.copyOf(EditableRecords.list(value));
                boolean set = field.input() == Input.CHOICES;
                for (Option option : options.options(field.options(), locale)) {
                    choices.add(new OptionView(option.value(), option.label(),
                            set ? chosen.contains(option.value()) : option.value().equals(value)));
                }
            }
            views.add(new FieldView(field.name(), field.label(), field.input().name().toLowerCase(Locale.ROOT), value,
                    choices, problems.getOrDefault(field.name(), List.of()), !Objects.equals(value, current)));
        }
        return views;
    }

    /** The fields where what the editor sent is not what the record holds now. */
    List<Difference> differences(RecordEditor.Form now, Map<String, @Nullable String> yours,
            org.springframework.context.MessageSource messages, Locale locale) {
        List<Difference> differences = new ArrayList<>();
        for (EditableField<?> field : now.fields()) {
            if (yours.containsKey(field.name())
                    && !Objects.equals(blankless(yours.get(field.name())), now.values().get(field.name()))) {
                differences.add(new Difference(messages.getMessage(field.label(), null, field.name(), locale),
                        yours.get(field.name()), now.values().get(field.name())));
            }
        }
        return differences;
    }

    private static @Nullable String blankless(@Nullable String value) {
        return (value == null || value.isBlank()) ? null : value.strip();
    }

    /** The address of a record's editor page. */
    static String path(RecordKind kind, String slug) {
        return RecordEditController.RECORDS + "/" + kind.slug() + "/" + slug;
    }

}
