package org.antitrafficking.directory.editor;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Pattern;

import jakarta.validation.Validator;
import org.antitrafficking.directory.editor.EditableRecords.Kind;
import org.antitrafficking.directory.readmodel.NotFoundException;
import org.antitrafficking.directory.readmodel.RecordKind;
import org.antitrafficking.directory.records.CitedRecord;
import org.antitrafficking.directory.records.DirectoryRecord;
import org.antitrafficking.directory.records.Source;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Adds a record: its address name, every field an editor gives, and the source and reason
 * of the addition, in one transaction that writes the record through JPA and one revision
 * for its address name and each field given, so that its public history starts with its
 * addition. A record that cites nothing cites the addition's source, as the database
 * demands.
 */
@Service
class RecordCreator {

    /** A record as the editor sent it. */
    record Creation(RecordKind kind, String slug, Map<String, @Nullable String> values, String reason, String source,
            String editor) {

    }

    /** The field of a record's address name, as its history names it. */
    static final String SLUG = "slug";

    /** The address of the form of a new record, so no record may have it. */
    static final String NEW = "new";

    private static final Pattern SLUG_PATTERN = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    private static final int SLUG_LENGTH = 100;

    private static final Logger logger = LoggerFactory.getLogger(RecordCreator.class);

    private final RecordEditor editor;

    private final References references;

    private final Validator validator;

    private final TransactionTemplate writing;

    RecordCreator(RecordEditor editor, References references, Validator validator,
            PlatformTransactionManager transactions) {
        this.editor = editor;
        this.references = references;
        this.validator = validator;
        this.writing = new TransactionTemplate(transactions);
    }

    /** Whether editors add records of the kind on this form. */
    boolean adds(RecordKind kind) {
        return editor.kindOf(kind).empty() != null;
    }

    /** The form of a new record of the kind, every field empty. */
    RecordEditor.Form form(RecordKind kind) {
        return blankForm(kindOf(kind));
    }

    private static <R extends DirectoryRecord> RecordEditor.Form blankForm(Kind<R> kind) {
        R record = blank(kind);
        List<EditableField<R>> fields = fieldsOf(kind, record);
        return new RecordEditor.Form(kind.kind(), "", "", 0, 0, List.copyOf(fields),
                RecordEditor.values(fields, record));
    }

    /** Adds the record, or says why not. */
    RecordEditor.Outcome create(Creation creation, Locale locale) {
        Kind<?> kind = kindOf(creation.kind());
        try {
            return Objects.requireNonNull(writing.execute((status) -> {
                RecordEditor.Outcome outcome = insert(kind, creation, locale);
                if (!(outcome instanceof RecordEditor.Saved)) {
                    status.setRollbackOnly();
                }
                return outcome;
            }));
        }
        catch (DataIntegrityViolationException ex) {
            // What Bean Validation does not see, the database's constraints still refuse.
            logger.info("A new {} refused by the database: {}", creation.kind().slug(),
                    ex.getMostSpecificCause().getMessage());
            return new RecordEditor.Refused(Map.of("", List.of(editor.text("editor.problem.constraint", locale))));
        }
    }

    private <R extends DirectoryRecord> RecordEditor.Outcome insert(Kind<R> kind, Creation creation, Locale locale) {
        Map<String, List<String>> problems = new LinkedHashMap<>();
        String slug = slug(kind, creation.slug(), problems, locale);
        String reason = editor.reason(creation.reason(), problems, locale);
        Optional<Source> source = editor.source(creation.source(), problems, locale);
        if (!problems.isEmpty()) {
            return new RecordEditor.Refused(problems);
        }
        R record = blank(kind);
        record.setSlug(slug);
        List<EditableField<R>> fields = fieldsOf(kind, record);
        Map<String, @Nullable String> before = RecordEditor.values(fields, record);
        editor.write(fields, record, creation.values(), before,
                new EditContext(references, source.get(), creation.values()), problems, locale);
        if (record instanceof CitedRecord cited && cited.getSources().isEmpty()) {
            cited.getSources().add(source.get());
        }
        if (problems.isEmpty()) {
            editor.refusals(fields, validator.validate(record), problems);
        }
        if (!problems.isEmpty()) {
            return new RecordEditor.Refused(problems);
        }
        kind.repository().saveAndFlush(record);
        Map<String, @Nullable String> after = new LinkedHashMap<>();
        after.put(SLUG, slug);
        after.putAll(RecordEditor.values(kind.fieldsOf(record), record));
        List<String> given = after.entrySet()
            .stream()
            .filter((e) -> e.getValue() != null)
            .map(Map.Entry::getKey)
            .toList();
        long editId = editor.revisions(kind.kind(), Objects.requireNonNull(record.getId()), given, Map.of(), after,
                reason, source.get(), creation.editor());
        return new RecordEditor.Saved(editId, given);
    }

    private String slug(Kind<?> kind, String given, Map<String, List<String>> problems, Locale locale) {
        String slug = Objects.requireNonNullElse(given, "").strip();
        String problem = null;
        if (slug.isEmpty()) {
            problem = editor.text("editor.problem.required", locale);
        }
        else if (slug.length() > SLUG_LENGTH || !SLUG_PATTERN.matcher(slug).matches()) {
            problem = editor.text("editor.problem.slug", locale, SLUG_LENGTH);
        }
        else if (slug.equals(NEW) || kind.repository().findBySlug(slug).isPresent()) {
            problem = editor.text("editor.problem.slug-taken", locale);
        }
        if (problem != null) {
            problems.computeIfAbsent(SLUG, (key) -> new ArrayList<>()).add(problem);
        }
        return slug;
    }

    /** The kind's fields a new record is given: every one but retirement. */
    private static <R extends DirectoryRecord> List<EditableField<R>> fieldsOf(Kind<R> kind, R record) {
        return kind.fieldsOf(record).stream().filter((field) -> !field.name().equals(EditableRecords.RETIRED)).toList();
    }

    private static <R extends DirectoryRecord> R blank(Kind<R> kind) {
        Supplier<R> empty = kind.empty();
        if (empty == null) {
            throw new NotFoundException("error.404.text");
        }
        return empty.get();
    }

    private Kind<?> kindOf(RecordKind kind) {
        return editor.kindOf(kind);
    }

}
