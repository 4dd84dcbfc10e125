package org.antitrafficking.directory.editor;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.antitrafficking.directory.readmodel.RecordKind;
import org.antitrafficking.directory.readmodel.Slugs;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * What editors read and add to the history tables of migration V45: a record's revisions
 * (to restore one) and checks, a new check, and the records never checked or checked
 * longest ago. Read straight from the database, not the read model, so that an editor
 * sees their own save at once.
 */
@Repository
class EditorHistory {

    /** How many records the queue of checks lists. */
    static final int QUEUE = 100;

    /** One revision, as the editor's page lists it. */
    record Revision(long id, String field, @Nullable String before, @Nullable String after, String reason,
            String sourceSlug, String sourceTitle, String editor, Instant madeAt) {

        public String when() {
            return utc(madeAt);
        }

    }

    /** One check. */
    record Check(String editor, String sourceTitle, @Nullable String note, Instant checkedAt) {

        public String when() {
            return utc(checkedAt);
        }

    }

    /** A record waiting for a check: never checked (null), or checked that long ago. */
    record Unchecked(RecordKind kind, String slug, String name, @Nullable Instant lastChecked) {

        public @Nullable String when() {
            return (lastChecked != null) ? utc(lastChecked) : null;
        }

        public String path() {
            return RecordPage.path(kind, slug);
        }

    }

    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.ROOT)
        .withZone(ZoneOffset.UTC);

    private final JdbcClient jdbc;

    EditorHistory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A moment as editors read it, to the minute, in UTC. */
    static String utc(Instant moment) {
        return MINUTES.format(moment);
    }

    List<Revision> revisions(RecordKind kind, long recordId) {
        return jdbc.sql("""
                SELECT r.id, r.field, r.value_before, r.value_after, r.reason, s.slug, s.title, r.editor, r.made_at
                FROM revision r JOIN source s ON s.id = r.source_id
                WHERE r.record_kind = :kind AND r.record_id = :record
                ORDER BY r.made_at DESC, r.id DESC""")
            .param("kind", kind.slug())
            .param("record", recordId)
            .query((row, n) -> new Revision(row.getLong(1), row.getString(2), row.getString(3), row.getString(4),
                    row.getString(5), row.getString(6), row.getString(7), row.getString(8),
                    row.getTimestamp(9).toInstant()))
            .list();
    }

    Optional<Revision> revision(long id, RecordKind kind, long recordId) {
        return revisions(kind, recordId).stream().filter((revision) -> revision.id() == id).findFirst();
    }

    List<Check> checks(RecordKind kind, long recordId) {
        return jdbc.sql("""
                SELECT c.editor, s.title, c.note, c.checked_at
                FROM record_check c JOIN source s ON s.id = c.source_id
                WHERE c.record_kind = :kind AND c.record_id = :record
                ORDER BY c.checked_at DESC, c.id DESC""")
            .param("kind", kind.slug())
            .param("record", recordId)
            .query((row, n) -> new Check(row.getString(1), row.getString(2), row.getString(3),
                    row.getTimestamp(4).toInstant()))
            .list();
    }

    /**
     * Records that the editor has checked the whole record against the source; false if
     * there is no such source. Changes nothing else, and moves the data version.
     */
    boolean check(RecordKind kind, long recordId, String sourceSlug, String editor, @Nullable String note) {
        if (!References.isSlug(sourceSlug)) {
            return false;
        }
        return jdbc.sql("""
                INSERT INTO record_check (record_kind, record_id, source_id, editor, note)
                SELECT :kind, :record, id, :editor, :note FROM source WHERE slug = :source""")
            .param("kind", kind.slug())
            .param("record", recordId)
            .param("source", sourceSlug)
            .param("editor", editor)
            .param("note", note)
            .update() == 1;
    }

    /** Records never checked first, then those checked longest ago. */
    List<Unchecked> queue() {
        return jdbc.sql("""
                WITH records (kind, id, slug, name) AS (
                    SELECT 'department', id, slug, name FROM department
                    UNION ALL SELECT 'agency', id, slug, name FROM component
                    UNION ALL SELECT 'program', id, slug, name FROM program
                    UNION ALL SELECT 'task-force', id, slug, name FROM task_force
                    UNION ALL SELECT 'hotline', id, slug, name FROM hotline
                    UNION ALL SELECT 'relief-type', id, slug, name FROM relief_type
                    UNION ALL SELECT 'source', id, slug, title FROM source
                ), last_checks AS (
                    SELECT record_kind, record_id, max(checked_at) AS checked_at
                    FROM record_check GROUP BY record_kind, record_id
                )
                SELECT r.kind, r.slug, r.name, c.checked_at
                FROM records r LEFT JOIN last_checks c ON c.record_kind = r.kind AND c.record_id = r.id
                ORDER BY c.checked_at NULLS FIRST, r.kind, r.name, r.slug
                LIMIT :limit""")
            .param("limit", QUEUE)
            .query((row, n) -> new Unchecked(Slugs.fromDatabase(RecordKind.class, row.getString(1)), row.getString(2),
                    row.getString(3), (row.getTimestamp(4) != null) ? row.getTimestamp(4).toInstant() : null))
            .list();
    }

    /**
     * Records of a kind whose name or slug has those words, for an editor to open one.
     */
    List<Unchecked> find(RecordKind kind, String words, int limit) {
        String table = kind.table();
        String name = (kind == RecordKind.SOURCE) ? "title" : "name";
        // The table and column are the code's own, never the editor's.
        return jdbc.sql("""
                SELECT t.slug, t.%2$s, (SELECT max(checked_at) FROM record_check c
                                        WHERE c.record_kind = :kind AND c.record_id = t.id)
                FROM %1$s t
                WHERE :words = '' OR t.%2$s ILIKE '%%' || :words || '%%' OR t.slug ILIKE '%%' || :words || '%%'
                ORDER BY t.%2$s, t.slug LIMIT :limit""".formatted(table, name))
            .param("kind", kind.slug())
            .param("words", Texts.printable(words).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_"))
            .param("limit", limit)
            .query((row, n) -> new Unchecked(kind, row.getString(1), row.getString(2),
                    (row.getTimestamp(3) != null) ? row.getTimestamp(3).toInstant() : null))
            .list();
    }

}
