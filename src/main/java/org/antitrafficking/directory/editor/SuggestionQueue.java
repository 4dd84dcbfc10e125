package org.antitrafficking.directory.editor;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.antitrafficking.directory.readmodel.RecordKind;
import org.antitrafficking.directory.readmodel.Slugs;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The editors' side of the {@code suggestion} table (migration V47): the open
 * suggestions, oldest first, grouped by record, and their decisions. A suggestion is
 * decided once: a second decision, by another editor at the same moment, finds it decided
 * and changes nothing.
 */
@Repository
class SuggestionQueue {

    /** The most open suggestions the queue lists at once. */
    static final int PAGE = 300;

    /** The record a suggestion is about: its table, and what names it. */
    private static final String RECORD = """
            JOIN LATERAL (
                SELECT slug, name FROM department WHERE s.record_kind = 'department' AND id = s.record_id
                UNION ALL SELECT slug, name FROM component WHERE s.record_kind = 'agency' AND id = s.record_id
                UNION ALL SELECT slug, name FROM program WHERE s.record_kind = 'program' AND id = s.record_id
                UNION ALL SELECT slug, name FROM task_force WHERE s.record_kind = 'task-force' AND id = s.record_id
                UNION ALL SELECT slug, name FROM hotline WHERE s.record_kind = 'hotline' AND id = s.record_id
                UNION ALL SELECT slug, name FROM relief_type WHERE s.record_kind = 'relief-type' AND id = s.record_id
                UNION ALL SELECT slug, title FROM source WHERE s.record_kind = 'source' AND id = s.record_id
            ) r ON true""";

    private static final String COLUMNS = """
            SELECT s.id, s.record_kind, s.field, s.current_value, s.proposed_value, s.evidence, s.reply_to,
                   s.received_at, r.slug, r.name
            FROM suggestion s
            """;

    /** One suggestion, with the record it is about. */
    record Open(long id, RecordKind kind, String slug, String recordName, String field, @Nullable String currentValue,
            String proposedValue, String evidence, @Nullable String replyTo, Instant receivedAt) {

        public String when() {
            return EditorHistory.utc(receivedAt);
        }

    }

    /** The open suggestions about one record, oldest first. */
    record Group(RecordKind kind, String slug, String recordName, List<Open> suggestions) {

        public String path() {
            return RecordPage.path(kind, slug);
        }

    }

    private final JdbcClient jdbc;

    SuggestionQueue(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The open suggestions, grouped by record; the group of the oldest suggestion first.
     */
    List<Group> groups() {
        List<Open> open = jdbc
            .sql(COLUMNS + RECORD + "\nWHERE s.status = 'open' ORDER BY s.received_at, s.id LIMIT " + PAGE)
            .query(SuggestionQueue::open)
            .list();
        Map<String, Group> groups = new LinkedHashMap<>();
        for (Open suggestion : open) {
            groups
                .computeIfAbsent(suggestion.kind().slug() + "/" + suggestion.slug(),
                        (key) -> new Group(suggestion.kind(), suggestion.slug(), suggestion.recordName(),
                                new ArrayList<>()))
                .suggestions()
                .add(suggestion);
        }
        return List.copyOf(groups.values());
    }

    /** How many suggestions are open. */
    long openCount() {
        return jdbc.sql("SELECT count(*) FROM suggestion WHERE status = 'open'").query(Long.class).single();
    }

    /** An open suggestion. */
    Optional<Open> find(long id) {
        return jdbc.sql(COLUMNS + RECORD + "\nWHERE s.status = 'open' AND s.id = :id")
            .param("id", id)
            .query(SuggestionQueue::open)
            .optional();
    }

    /**
     * Marks the open suggestion accepted by the editor's edit of that record; false if it
     * is not open (or not about that record), in which case the edit must not be saved.
     */
    boolean accept(long id, String editor, RecordKind kind, long recordId) {
        return jdbc.sql("""
                UPDATE suggestion SET status = 'accepted', decided_by = :editor, decided_at = clock_timestamp()
                WHERE id = :id AND status = 'open' AND record_kind = :kind AND record_id = :record""")
            .param("id", id)
            .param("editor", editor)
            .param("kind", kind.slug())
            .param("record", recordId)
            .update() == 1;
    }

    /** Rejects the open suggestion with a reason; false if it is not open. */
    boolean reject(long id, String editor, String reason) {
        return jdbc.sql("""
                UPDATE suggestion SET status = 'rejected', decided_by = :editor, decided_at = clock_timestamp(),
                                      decision_reason = :reason
                WHERE id = :id AND status = 'open'""")
            .param("id", id)
            .param("editor", editor)
            .param("reason", reason)
            .update() == 1;
    }

    private static Open open(java.sql.ResultSet row, int number) throws java.sql.SQLException {
        return new Open(row.getLong("id"), Slugs.fromDatabase(RecordKind.class, row.getString("record_kind")),
                row.getString("slug"), row.getString("name"), row.getString("field"), row.getString("current_value"),
                row.getString("proposed_value"), row.getString("evidence"), row.getString("reply_to"),
                row.getTimestamp("received_at").toInstant());
    }

}
