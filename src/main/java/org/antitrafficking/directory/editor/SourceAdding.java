package org.antitrafficking.directory.editor;

import java.text.Normalizer;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import org.antitrafficking.directory.records.Source;
import org.antitrafficking.directory.records.SourceKind;
import org.antitrafficking.directory.records.SourceRepository;
import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Adds a source an editor found: a web page (title, publisher, how its date is known, its
 * date where known, its address, a summary in the directory's own words). Its address
 * name is made from its title. The source's history starts with its addition, a revision
 * citing itself, with the editor's reason; from then on an edit can cite it.
 */
@Service
class SourceAdding {

    /** A source as the editor's form gives it. */
    record NewSource(String title, String publisher, String dateLabel, String publishedOn, String url, String summary,
            String reason) {

        Map<String, String> values() {
            Map<String, String> values = new LinkedHashMap<>();
            values.put("title", title);
            values.put("publisher", publisher);
            values.put("date-label", dateLabel);
            values.put("published-on", publishedOn);
            values.put("url", url);
            values.put("summary", summary);
            values.put("reason", reason);
            return values;
        }

    }

    /** Added, under this slug; or the problems beside each field. */
    record Added(@Nullable String slug, Map<String, List<String>> problems) {

    }

    /** The longest slug the {@code slug} domain takes, with room for a number. */
    private static final int SLUG_LENGTH = 72;

    private final SourceRepository sources;

    private final Validator validator;

    private final JdbcClient jdbc;

    private final MessageSource messages;

    private final TransactionTemplate transactions;

    SourceAdding(SourceRepository sources, Validator validator, JdbcClient jdbc, MessageSource messages,
            PlatformTransactionManager transactions) {
        this.sources = sources;
        this.validator = validator;
        this.jdbc = jdbc;
        this.messages = messages;
        this.transactions = new TransactionTemplate(transactions);
    }

    Added add(NewSource form, String editor, Locale locale) {
        return Objects.requireNonNull(transactions.execute((status) -> {
            Added added = add(form, editor, locale, new LinkedHashMap<>());
            if (added.slug() == null) {
                status.setRollbackOnly();
            }
            return added;
        }));
    }

    private Added add(NewSource form, String editor, Locale locale, Map<String, List<String>> problems) {
        Source source = new Source();
        source.setKind(SourceKind.WEB_PAGE);
        source.setTitle(text("title", form.title(), false, problems, locale));
        source.setPublisher(text("publisher", form.publisher(), false, problems, locale));
        source.setDateLabel(text("date-label", form.dateLabel(), false, problems, locale));
        source.setUrl(text("url", form.url(), false, problems, locale));
        source.setSummary(text("summary", form.summary(), true, problems, locale));
        String reason = text("reason", form.reason(), true, problems, locale);
        String date = text("published-on", form.publishedOn(), false, problems, locale);
        if (date != null) {
            try {
                source.setPublishedOn(LocalDate.parse(date));
            }
            catch (DateTimeParseException ex) {
                problem(problems, "published-on", message("editor.problem.date", locale, Texts.printable(date)));
            }
        }
        for (String required : List.of("title", "publisher", "date-label", "url", "summary", "reason")) {
            if (!problems.containsKey(required) && form.values().get(required).isBlank()) {
                problem(problems, required, message("editor.problem.required", locale));
            }
        }
        if (reason != null && reason.length() > RecordEditor.REASON_LENGTH) {
            problem(problems, "reason", message("editor.problem.reason-length", locale, RecordEditor.REASON_LENGTH));
        }
        if (source.getTitle() != null && titleTaken(source.getTitle())) {
            problem(problems, "title", message("editor.source.title-taken", locale));
        }
        if (!problems.isEmpty()) {
            return new Added(null, problems);
        }
        source.setSlug(freeSlug(slugOf(source.getTitle())));
        source.setPosition(jdbc.sql("SELECT coalesce(max(position), 0) + 1 FROM source").query(Integer.class).single());
        for (ConstraintViolation<Source> violation : validator.validate(source)) {
            String property = violation.getPropertyPath().toString();
            String field = switch (property) {
                case "dateLabel" -> "date-label";
                case "title", "publisher", "url", "summary" -> property;
                default -> "";
            };
            problem(problems, field, violation.getMessage());
        }
        if (!problems.isEmpty()) {
            return new Added(null, problems);
        }
        Source saved = sources.saveAndFlush(source);
        long editId = jdbc.sql("SELECT nextval('revision_edit_id_seq')").query(Long.class).single();
        jdbc.sql("""
                INSERT INTO revision (edit_id, record_kind, record_id, field, value_before, value_after, reason,
                                      source_id, editor)
                VALUES (:edit, 'source', :record, 'title', NULL, :title, :reason, :record, :editor)""")
            .param("edit", editId)
            .param("record", saved.getId())
            .param("title", saved.getTitle())
            .param("reason", reason)
            .param("editor", editor)
            .update();
        return new Added(saved.getSlug(), Map.of());
    }

    private boolean titleTaken(String title) {
        return jdbc.sql("SELECT count(*) FROM source WHERE title = :title")
            .param("title", title)
            .query(Long.class)
            .single() > 0;
    }

    /** The slug, or the slug with the first number that makes it free. */
    private String freeSlug(String slug) {
        String candidate = slug;
        for (int n = 2; exists(candidate); n++) {
            candidate = slug + "-" + n;
        }
        return candidate;
    }

    private boolean exists(String slug) {
        return jdbc.sql("SELECT count(*) FROM source WHERE slug = :slug")
            .param("slug", slug)
            .query(Long.class)
            .single() > 0;
    }

    /** Lower-case letters and digits of the title, words joined by hyphens. */
    static String slugOf(String title) {
        String plain = Normalizer.normalize(title, Normalizer.Form.NFKD)
            .replaceAll("\\p{M}", "")
            .toLowerCase(Locale.ROOT)
            .replaceAll("[^a-z0-9]+", "-")
            .replaceAll("^-|-$", "");
        if (plain.length() > SLUG_LENGTH) {
            plain = plain.substring(0, SLUG_LENGTH).replaceAll("-[^-]*$", "");
        }
        return Optional.of(plain).filter((slug) -> !slug.isEmpty()).orElse("source");
    }

    private @Nullable String text(String field, String value, boolean severalLines, Map<String, List<String>> problems,
            Locale locale) {
        try {
            return Texts.clean(value, severalLines);
        }
        catch (FieldProblem ex) {
            problem(problems, field, message(ex.messageKey(), locale, ex.arguments()));
            return null;
        }
    }

    private static void problem(Map<String, List<String>> problems, String field, String message) {
        problems.computeIfAbsent(field, (key) -> new ArrayList<>()).add(message);
    }

    private String message(String key, Locale locale, Object... arguments) {
        return messages.getMessage(key, arguments, locale);
    }

}
