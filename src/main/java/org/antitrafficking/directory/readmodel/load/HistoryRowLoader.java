package org.antitrafficking.directory.readmodel.load;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;

import org.antitrafficking.directory.readmodel.load.DirectoryRows.CheckRow;
import org.antitrafficking.directory.readmodel.load.DirectoryRows.RevisionRow;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Reads the records' history: every revision and every check, oldest first. Called inside
 * the {@link SnapshotLoader}'s transaction.
 */
final class HistoryRowLoader {

    private final JdbcClient jdbc;

    HistoryRowLoader(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<RevisionRow> revisions() {
        return jdbc.sql("""
                SELECT edit_id, record_kind, record_id, field, value_before, value_after, reason, source_id, made_at
                FROM revision ORDER BY made_at, id""")
            .query((row, number) -> new RevisionRow(row.getLong("edit_id"), row.getString("record_kind"),
                    row.getLong("record_id"), row.getString("field"), row.getString("value_before"),
                    row.getString("value_after"), row.getString("reason"), row.getLong("source_id"),
                    instant(row, "made_at")))
            .list();
    }

    List<CheckRow> checks() {
        return jdbc
            .sql("SELECT record_kind, record_id, source_id, checked_at FROM record_check ORDER BY checked_at, id")
            .query((row, number) -> new CheckRow(row.getString("record_kind"), row.getLong("record_id"),
                    row.getLong("source_id"), instant(row, "checked_at")))
            .list();
    }

    private static Instant instant(ResultSet row, String column) throws SQLException {
        return row.getObject(column, OffsetDateTime.class).toInstant();
    }

}
