package org.antitrafficking.directory.editor;

import java.util.List;
import java.util.Optional;

import org.antitrafficking.directory.readmodel.RecordKind;
import org.antitrafficking.directory.readmodel.Slugs;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The editors' side of the Spanish edition (migration V51): the texts whose translation
 * is missing or was made from English that has changed since, and the saving of a
 * reviewed translation, which records the hash of the English the editor read and a
 * revision ({@code es-description}, say) citing the edit's source and reason, in one
 * transaction.
 */
@Service
class Translating {

    /** How many texts the queue lists at once. */
    static final int QUEUE = 200;

    /** What a revision of a field's Spanish is called: the field's name after this. */
    static final String SPANISH = "es-";

    private final JdbcClient jdbc;

    private final TransactionTemplate transaction;

    Translating(JdbcClient jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactions);
    }

    /**
     * One text and its Spanish: the English as the record holds it now and its hash, the
     * Spanish if any, and whether that Spanish translates this English.
     */
    record Text(RecordKind kind, long recordId, String slug, String name, String field, String english,
            String englishSha256, @Nullable String spanish, boolean current) {

        public String path() {
            return TranslationController.TRANSLATIONS + "/" + this.kind.slug() + "/" + this.slug + "/" + this.field;
        }

    }

    /**
     * The texts waiting for a translation, of records in use: those whose Spanish was
     * made from older English first (a reader sees English there now), then those with
     * none.
     */
    List<Text> queue() {
        return texts("WHERE " + WAITING + " AND v.record_id NOT IN (" + RETIRED + ")",
                "ORDER BY (t.id IS NULL), v.record_kind, v.slug, v.field LIMIT " + QUEUE);
    }

    /** How many texts wait for a translation. */
    int waiting() {
        return jdbc.sql("SELECT count(*) " + FROM + " WHERE " + WAITING + " AND v.record_id NOT IN (" + RETIRED + ")")
            .query(Integer.class)
            .single();
    }

    Optional<Text> text(RecordKind kind, String slug, String field) {
        if (!References.isSlug(slug) || !field.matches("[a-z][a-z0-9]*(-[a-z0-9]+)*") || field.length() > 80) {
            return Optional.empty();
        }
        return jdbc
            .sql(SELECT + FROM + " WHERE v.record_kind = :kind AND v.slug = :slug AND v.field = :field"
                    + " AND v.record_id NOT IN (" + RETIRED + ")")
            .param("kind", kind.slug())
            .param("slug", slug)
            .param("field", field)
            .query(Translating::text)
            .optional();
    }

    private List<Text> texts(String where, String order) {
        return jdbc.sql(SELECT + FROM + " " + where + " " + order).query(Translating::text).list();
    }

    /** What happened to a save. */
    enum Saved {

        /** The Spanish is saved, with its revision. */
        SAVED,

        /** The English changed since the editor read it: nothing was written. */
        ENGLISH_CHANGED,

        /** The text is the Spanish already there: nothing to write. */
        UNCHANGED

    }

    /**
     * Saves the Spanish of a text, as translating the English whose hash the editor's
     * form carried; refused, with nothing written, if the English has changed since.
     */
    Saved save(Text read, String spanish, String reason, long sourceId, String editor) {
        return transaction.execute((status) -> {
            // The record's row is locked first, so its English cannot change between this
            // check and the write.
            lock(read.kind(), read.recordId());
            String hash = jdbc
                .sql("SELECT english_sha256(v.english) FROM translatable_text v"
                        + " WHERE v.record_kind = :kind AND v.record_id = :id AND v.field = :field")
                .param("kind", read.kind().slug())
                .param("id", read.recordId())
                .param("field", read.field())
                .query(String.class)
                .optional()
                .orElse(null);
            if (!read.englishSha256().equals(hash)) {
                return Saved.ENGLISH_CHANGED;
            }
            if (spanish.equals(read.spanish()) && read.current()) {
                return Saved.UNCHANGED;
            }
            jdbc.sql("""
                    INSERT INTO translation (record_kind, record_id, field, language, text, english_sha256, written_by)
                    VALUES (:kind, :id, :field, 'es', :text, :hash, :editor)
                    ON CONFLICT (record_kind, record_id, field, language) DO UPDATE
                    SET text = EXCLUDED.text, english_sha256 = EXCLUDED.english_sha256,
                        written_by = EXCLUDED.written_by, written_at = clock_timestamp()""")
                .param("kind", read.kind().slug())
                .param("id", read.recordId())
                .param("field", read.field())
                .param("text", spanish)
                .param("hash", hash)
                .param("editor", editor)
                .update();
            long editId = jdbc.sql("SELECT nextval('revision_edit_id_seq')").query(Long.class).single();
            jdbc.sql("""
                    INSERT INTO revision (edit_id, record_kind, record_id, field, value_before, value_after, reason,
                                          source_id, editor)
                    VALUES (:edit, :kind, :id, :field, :before, :after, :reason, :source, :editor)""")
                .param("edit", editId)
                .param("kind", read.kind().slug())
                .param("id", read.recordId())
                .param("field", SPANISH + read.field())
                .param("before", read.spanish())
                .param("after", spanish)
                .param("reason", reason)
                .param("source", sourceId)
                .param("editor", editor)
                .update();
            return Saved.SAVED;
        });
    }

    private void lock(RecordKind kind, long id) {
        jdbc.sql("SELECT 1 FROM " + kind.table() + " WHERE id = :id FOR UPDATE")
            .param("id", id)
            .query(Integer.class)
            .list();
    }

    private static final String SELECT = """
            SELECT v.record_kind, v.record_id, v.slug, v.field, v.english, english_sha256(v.english) AS hash,
                   t.text AS spanish, coalesce(t.english_sha256 = english_sha256(v.english), false) AS current,
                   """ + "(" + names() + ") AS name ";

    private static final String WAITING = "(t.id IS NULL OR t.english_sha256 <> english_sha256(v.english))";

    private static final String FROM = """
            FROM translatable_text v
            LEFT JOIN translation t ON t.record_kind = v.record_kind AND t.record_id = v.record_id
                 AND t.field = v.field AND t.language = 'es'""";

    /** The ids of retired records, of the kind in {@code v.record_kind}. */
    private static final String RETIRED = """
            SELECT id FROM department WHERE retired_on IS NOT NULL AND v.record_kind = 'department'
            UNION ALL SELECT id FROM component WHERE retired_on IS NOT NULL AND v.record_kind = 'agency'
            UNION ALL SELECT id FROM program WHERE retired_on IS NOT NULL AND v.record_kind = 'program'
            UNION ALL SELECT id FROM task_force WHERE retired_on IS NOT NULL AND v.record_kind = 'task-force'
            UNION ALL SELECT id FROM hotline WHERE retired_on IS NOT NULL AND v.record_kind = 'hotline'
            UNION ALL SELECT id FROM relief_type WHERE retired_on IS NOT NULL AND v.record_kind = 'relief-type'""";

    private static String names() {
        return """
                CASE v.record_kind
                  WHEN 'department' THEN (SELECT name FROM department WHERE id = v.record_id)
                  WHEN 'agency' THEN (SELECT name FROM component WHERE id = v.record_id)
                  WHEN 'program' THEN (SELECT name FROM program WHERE id = v.record_id)
                  WHEN 'task-force' THEN (SELECT name FROM task_force WHERE id = v.record_id)
                  WHEN 'hotline' THEN (SELECT name FROM hotline WHERE id = v.record_id)
                  WHEN 'relief-type' THEN (SELECT name FROM relief_type WHERE id = v.record_id)
                END""";
    }

    private static Text text(java.sql.ResultSet row, int number) throws java.sql.SQLException {
        return new Text(Slugs.fromDatabase(RecordKind.class, row.getString("record_kind")), row.getLong("record_id"),
                row.getString("slug"), row.getString("name"), row.getString("field"), row.getString("english"),
                row.getString("hash"), row.getString("spanish"), row.getBoolean("current"));
    }

}
