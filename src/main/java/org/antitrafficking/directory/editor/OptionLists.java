package org.antitrafficking.directory.editor;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.antitrafficking.directory.editor.EditableField.Option;
import org.antitrafficking.directory.editor.EditableField.Options;
import org.antitrafficking.directory.readmodel.ChannelKind;
import org.antitrafficking.directory.readmodel.DepartmentKind;
import org.antitrafficking.directory.readmodel.HotlinePurpose;
import org.antitrafficking.directory.readmodel.LawEnforcementSharing;
import org.antitrafficking.directory.readmodel.Slugs;
import org.antitrafficking.directory.readmodel.TaskForceScope;
import org.antitrafficking.directory.readmodel.WorkFunction;
import org.antitrafficking.directory.records.AgencyKind;
import org.antitrafficking.directory.records.ProgramKind;
import org.antitrafficking.directory.records.TaskForceKind;

import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The choices of a field, as the editor reads them: a closed set in the words the public
 * pages use, the records a field can point at by name (the slug is what the form sends),
 * and the sources an edit can cite.
 */
@Component
class OptionLists {

    private final JdbcClient jdbc;

    private final MessageSource messages;

    OptionLists(JdbcClient jdbc, MessageSource messages) {
        this.jdbc = jdbc;
        this.messages = messages;
    }

    List<Option> options(Options options, Locale locale) {
        return switch (options) {
            case DEPARTMENT_KINDS -> words(DepartmentKind.values(), "department.kind.", locale);
            case AGENCY_KINDS -> words(AgencyKind.values(), "agency.kind.", locale);
            case PROGRAM_KINDS -> words(ProgramKind.values(), "program.kind.", locale);
            case TASK_FORCE_KINDS -> words(TaskForceKind.values(), "task-force.kind.", locale);
            case FUNCTIONS -> words(WorkFunction.values(), "function.", locale);
            case SCOPES -> words(TaskForceScope.values(), "task-force.scope.", locale);
            case PURPOSES -> words(HotlinePurpose.values(), "hotline.purpose.", locale);
            case SHARING -> words(LawEnforcementSharing.values(), "hotline.law-enforcement.", locale);
            case CHANNEL_KINDS -> words(ChannelKind.values(), "editor.channel-kind.", locale);
            case YES_NO -> List.of(new Option("yes", text("editor.choice.yes", locale)),
                    new Option("no", text("editor.choice.no", locale)));
            case DEPARTMENTS -> records("SELECT slug, name FROM department ORDER BY name");
            case AGENCIES -> records("SELECT slug, name FROM component ORDER BY name");
            case TASK_FORCES -> records("SELECT slug, name FROM task_force ORDER BY name");
            case SOURCES -> sources();
        };
    }

    /** The sources, in the order the sources page lists them. */
    List<Option> sources() {
        return records("SELECT slug, title || ' (' || date_label || ')' FROM source ORDER BY position, slug");
    }

    private List<Option> records(String sql) {
        return jdbc.sql(sql).query((row, n) -> new Option(row.getString(1), row.getString(2))).list();
    }

    private List<Option> words(Enum<?>[] values, String prefix, Locale locale) {
        List<Option> options = new ArrayList<>();
        Arrays.stream(values).forEach((value) -> {
            String slug = Slugs.of(value);
            options.add(new Option(slug, messages.getMessage(prefix + slug, null, slug, locale)));
        });
        return options;
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }

}
