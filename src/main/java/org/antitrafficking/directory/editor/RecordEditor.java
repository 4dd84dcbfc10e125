package org.antitrafficking.directory.editor;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import org.antitrafficking.directory.editor.EditableRecords.Kind;
import org.antitrafficking.directory.readmodel.NotFoundException;
import org.antitrafficking.directory.readmodel.RecordKind;
import org.antitrafficking.directory.readmodel.Slugs;
import org.antitrafficking.directory.records.DirectoryRecord;
import org.antitrafficking.directory.records.Source;
import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reads a record for an editor and saves an edit of it: the fields that changed, each as
 * a revision citing the edit's source and reason, and the record, in one transaction that
 * is committed before the editor is told it is saved. The record's version, read with the
 * form, must still be the database's: an edit of a record changed since gets the current
 * values back as a conflict, and overwrites nothing.
 *
 * <p>
 * Saving moves the data version (V25's triggers and V45's), so every instance's read
 * model shows the change within seconds; nothing here touches the read model.
 */
@Service
class RecordEditor {

    /** An edit as the editor sent it. */
    record Edit(RecordKind kind, String slug, long version, Map<String, @Nullable String> values, String reason,
            String source, String editor, @Nullable Long suggestion) {

    }

    /** What became of an edit. */
    sealed interface Outcome {

    }

    /** Saved: the revisions share this edit number. */
    record Saved(long editId, List<String> fields) implements Outcome {

    }

    /** Nothing the editor sent differs from the record. */
    record Unchanged() implements Outcome {

    }

    /** Refused, with what is wrong beside each field ("" for the edit as a whole). */
    record Refused(Map<String, List<String>> problems) implements Outcome {

    }

    /** Someone saved the record since the editor read it; these are its values now. */
    record Conflict(long version, Map<String, @Nullable String> current) implements Outcome {

    }

    /** A record as the editor's form shows it. */
    record Form(RecordKind kind, String slug, String title, long version, long id, List<EditableField<?>> fields,
            Map<String, @Nullable String> values) {

    }

    static final int REASON_LENGTH = 1000;

    private final EditableRecords records;

    private final References references;

    private final Validator validator;

    private final JdbcClient jdbc;

    private final MessageSource messages;

    private final SuggestionQueue suggestions;

    private final Retirements retirements;

    private final TransactionTemplate writing;

    private final TransactionTemplate reading;

    RecordEditor(EditableRecords records, References references, Validator validator, JdbcClient jdbc,
            MessageSource messages, SuggestionQueue suggestions, Retirements retirements,
            PlatformTransactionManager transactions) {
        this.suggestions = suggestions;
        this.retirements = retirements;
        this.records = records;
        this.references = references;
        this.validator = validator;
        this.jdbc = jdbc;
        this.messages = messages;
        this.writing = new TransactionTemplate(transactions);
        this.reading = new TransactionTemplate(transactions);
        this.reading.setReadOnly(true);
        this.reading.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** The record's form; a 404 for a kind or slug that names no record. */
    Form form(RecordKind kind, String slug) {
        return Objects.requireNonNull(reading.execute((status) -> form(kindOf(kind), slug)));
    }

    private <R extends DirectoryRecord> Form form(Kind<R> kind, String slug) {
        R record = kind.repository().findBySlug(slug).orElseThrow(() -> new NotFoundException("error.404.text"));
        List<EditableField<R>> fields = kind.fieldsOf(record);
        return new Form(kind.kind(), slug, kind.title().apply(record), record.getVersion(),
                Objects.requireNonNull(record.getId()), List.copyOf(fields), values(fields, record));
    }

    /**
     * Saves the edit, or says why not. Throws a data access or transaction exception if
     * the database cannot be reached.
     */
    Outcome save(Edit edit, Locale locale) {
        Kind<?> kind = kindOf(edit.kind());
        try {
            return Objects.requireNonNull(writing.execute((status) -> {
                Outcome outcome = apply(kind, edit, locale);
                if (!(outcome instanceof Saved)) {
                    status.setRollbackOnly();
                }
                return outcome;
            }));
        }
        catch (OptimisticLockingFailureException ex) {
            // Another editor's save committed between this one's read and its write.
            Form now = form(edit.kind(), edit.slug());
            return new Conflict(now.version(), now.values());
        }
    }

    private <R extends DirectoryRecord> Outcome apply(Kind<R> kind, Edit edit, Locale locale) {
        R record = kind.repository().findBySlug(edit.slug()).orElseThrow(() -> new NotFoundException("error.404.text"));
        List<EditableField<R>> fields = kind.fieldsOf(record);
        Map<String, @Nullable String> before = values(fields, record);
        if (record.getVersion() != edit.version()) {
            return new Conflict(record.getVersion(), before);
        }
        Map<String, List<String>> problems = new LinkedHashMap<>();
        String reason = reason(edit.reason(), problems, locale);
        Optional<Source> source = source(edit.source(), problems, locale);
        if (!problems.isEmpty()) {
            return new Refused(problems);
        }
        EditContext context = new EditContext(references, source.get(), edit.values());
        write(fields, record, edit.values(), before, context, problems, locale);
        if (problems.isEmpty()) {
            refusals(fields, validator.validate(record), problems);
        }
        if (problems.isEmpty() && before.get(EditableRecords.RETIRED) == null
                && values(fields, record).get(EditableRecords.RETIRED) != null) {
            List<String> inTheWay = retirements.inTheWay(kind.kind(), Objects.requireNonNull(record.getId()));
            if (!inTheWay.isEmpty()) {
                problems.computeIfAbsent(EditableRecords.RETIRED, (key) -> new ArrayList<>())
                    .add(text("editor.problem.in-the-way", locale, String.join("; ", inTheWay)));
            }
        }
        if (!problems.isEmpty()) {
            return new Refused(problems);
        }
        // A way to reach a line added or taken away adds or takes away fields of its own.
        Map<String, @Nullable String> after = values(kind.fieldsOf(record), record);
        Set<String> names = new LinkedHashSet<>(before.keySet());
        names.addAll(after.keySet());
        List<String> changed = names.stream()
            .filter((name) -> !Objects.equals(before.get(name), after.get(name)))
            .toList();
        if (changed.isEmpty()) {
            return new Unchanged();
        }
        kind.repository().saveAndFlush(record);
        long editId = revisions(kind.kind(), Objects.requireNonNull(record.getId()), changed, before, after, reason,
                source.get(), edit.editor());
        if (edit.suggestion() != null && !suggestions.accept(edit.suggestion(), edit.editor(), kind.kind(),
                Objects.requireNonNull(record.getId()))) {
            return new Refused(Map.of("", List.of(text("editor.problem.suggestion-decided", locale))));
        }
        return new Saved(editId, changed);
    }

    /**
     * Writes each value given that differs from the record's, putting what is wrong with
     * a value beside its field.
     */
    <R> void write(List<EditableField<R>> fields, R record, Map<String, @Nullable String> values,
            Map<String, @Nullable String> before, EditContext context, Map<String, List<String>> problems,
            Locale locale) {
        for (EditableField<R> field : fields) {
            if (!values.containsKey(field.name())) {
                continue;
            }
            @Nullable String value = values.get(field.name());
            if (Objects.equals(normal(value), before.get(field.name()))) {
                continue;
            }
            try {
                field.write(record, value, context);
            }
            catch (FieldProblem ex) {
                problems.computeIfAbsent(field.name(), (key) -> new ArrayList<>())
                    .add(text(ex.messageKey(), locale, ex.arguments()));
            }
        }
    }

    /** The edit's reason, cleaned, or a problem beside it. */
    String reason(String given, Map<String, List<String>> problems, Locale locale) {
        String reason = "";
        try {
            reason = Objects.requireNonNullElse(Texts.clean(given, true), "");
            if (reason.isEmpty() || reason.length() > REASON_LENGTH) {
                problems.computeIfAbsent("reason", (key) -> new ArrayList<>())
                    .add(text(reason.isEmpty() ? "editor.problem.reason" : "editor.problem.reason-length", locale,
                            REASON_LENGTH));
            }
        }
        catch (FieldProblem ex) {
            problems.computeIfAbsent("reason", (key) -> new ArrayList<>())
                .add(text(ex.messageKey(), locale, ex.arguments()));
        }
        return reason;
    }

    /** The source the edit cites, or a problem beside it. */
    Optional<Source> source(String slug, Map<String, List<String>> problems, Locale locale) {
        Optional<Source> source = sourceOf(slug);
        if (source.isEmpty()) {
            problems.computeIfAbsent("source", (key) -> new ArrayList<>()).add(text("editor.problem.source", locale));
        }
        return source;
    }

    /**
     * One revision for each field changed, under one new edit number, which it returns.
     */
    long revisions(RecordKind kind, long recordId, List<String> changed, Map<String, @Nullable String> before,
            Map<String, @Nullable String> after, String reason, Source source, String editor) {
        long editId = jdbc.sql("SELECT nextval('revision_edit_id_seq')").query(Long.class).single();
        for (String field : changed) {
            jdbc.sql("""
                    INSERT INTO revision (edit_id, record_kind, record_id, field, value_before, value_after, reason,
                                          source_id, editor)
                    VALUES (:edit, :kind, :record, :field, :before, :after, :reason, :source, :editor)""")
                .param("edit", editId)
                .param("kind", kind.slug())
                .param("record", recordId)
                .param("field", field)
                .param("before", before.get(field))
                .param("after", after.get(field))
                .param("reason", reason)
                .param("source", source.getId())
                .param("editor", editor)
                .update();
        }
        return editId;
    }

    private Optional<Source> sourceOf(@Nullable String slug) {
        if (slug == null || slug.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(references.source(slug.strip()));
        }
        catch (FieldProblem ex) {
            return Optional.empty();
        }
    }

    /** Puts each refusal of Bean Validation beside the field of its property. */
    <R> void refusals(List<EditableField<R>> fields, Set<ConstraintViolation<R>> violations,
            Map<String, List<String>> problems) {
        for (ConstraintViolation<R> violation : violations) {
            String path = violation.getPropertyPath().toString();
            String property = path.split("[.\\[]", 2)[0];
            String field = fields.stream()
                .filter((candidate) -> candidate.property().equals(property))
                .map(EditableField::name)
                .findFirst()
                .orElse("");
            problems.computeIfAbsent(field, (key) -> new ArrayList<>()).add(violation.getMessage());
        }
    }

    static <R> Map<String, @Nullable String> values(List<EditableField<R>> fields, R record) {
        Map<String, @Nullable String> values = new LinkedHashMap<>();
        for (EditableField<R> field : fields) {
            values.put(field.name(), field.read(record));
        }
        return values;
    }

    /** A value as the form sent it, compared as a record would keep it. */
    static @Nullable String normal(@Nullable String value) {
        if (value == null) {
            return null;
        }
        String text = value.replace("\r\n", "\n").strip();
        return text.isEmpty() ? null : text;
    }

    Kind<?> kindOf(RecordKind kind) {
        return records.kind(kind).orElseThrow(() -> new NotFoundException("error.404.text"));
    }

    /** The kind a URL names, if an editor can change records of it. */
    Optional<RecordKind> kind(String slug) {
        return Slugs.parse(RecordKind.class, slug).filter((kind) -> records.kind(kind).isPresent());
    }

    String text(String key, Locale locale, Object... arguments) {
        return messages.getMessage(key, arguments, locale);
    }

}
