package org.antitrafficking.directory.readmodel.load;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.antitrafficking.directory.readmodel.DataVersion;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Finds what changed since a {@link RowHorizon} from the rows themselves, not from the
 * revisions: an operator's SQL writes no revision, and an editor's save may write rows no
 * revision names. A row written since carries a newer {@code xmin}; a deleted one shows
 * in the count. Rows that only look new (written by a transaction that ran while the
 * horizon was taken, or in an earlier epoch of transaction ids) are read again and found
 * unchanged, or make the caller load everything: never is a change missed. Called inside
 * the {@link SnapshotLoader}'s transaction.
 */
final class ChangeReader {

    private static final Logger log = LoggerFactory.getLogger(SnapshotBuilder.class);

    /** The tables whose new rows a change of programs may hold. */
    private static final List<String> MAY_CHANGE = List.of("program", "revision", "record_check");

    private final JdbcClient jdbc;

    private final RecordRowLoader records;

    private final HistoryRowLoader history;

    ChangeReader(JdbcClient jdbc, RecordRowLoader records, HistoryRowLoader history) {
        this.jdbc = jdbc;
        this.records = records;
        this.history = history;
    }

    /** Where this transaction's snapshot stands, with every table's count. */
    RowHorizon horizon() {
        return horizon(counts(0));
    }

    private RowHorizon horizon(Map<String, long[]> counts) {
        long xmin = jdbc.sql("SELECT pg_snapshot_xmin(pg_current_snapshot())::text::bigint").query(Long.class).single();
        Map<String, Long> totals = new HashMap<>();
        counts.forEach((table, count) -> totals.put(table, count[0]));
        return new RowHorizon(xmin, totals);
    }

    @Nullable ChangedRows since(RowHorizon since, int maxPrograms, DataVersion version) {
        long xmax = jdbc.sql("SELECT pg_snapshot_xmax(pg_current_snapshot())::text::bigint").query(Long.class).single();
        if ((xmax >>> 32) != (since.xmin() >>> 32)) {
            return full("transaction ids began a new epoch");
        }
        Map<String, long[]> counts = counts(since.xmin32());
        RowHorizon now = horizon(counts);
        for (String table : RowHorizon.TABLES) {
            long[] count = counts.get(table);
            boolean mayChange = MAY_CHANGE.contains(table);
            if (count[1] > 0 && !mayChange) {
                return full("table " + table + " changed");
            }
            boolean appended = !table.equals("program") && count[0] >= since.counts().get(table);
            if (count[0] != since.counts().get(table) && !(mayChange && appended)) {
                return full("table " + table + " has " + count[0] + " rows, not " + since.counts().get(table));
            }
        }
        if (counts.get("program")[1] > maxPrograms) {
            return full(counts.get("program")[1] + " programs changed");
        }
        List<Long> ids = jdbc.sql("SELECT id FROM program WHERE xmin::text::bigint >= :xmin ORDER BY id")
            .param("xmin", since.xmin32())
            .query(Long.class)
            .list();
        // The translations are read again: an edited text's Spanish no longer translates
        // it.
        return new ChangedRows(version, now, ids, records.programs(ids), history.revisions(), history.checks(),
                SnapshotLoader.translations(jdbc));
    }

    /** Each table's rows, and those written by a transaction not older than this id. */
    private Map<String, long[]> counts(long xmin32) {
        Map<String, long[]> counts = new HashMap<>();
        jdbc.sql(RowHorizon.countingQuery()).param("xmin", xmin32).query(row -> {
            counts.put(row.getString("name"), new long[] { row.getLong("total"), row.getLong("changed") });
        });
        return counts;
    }

    private static @Nullable ChangedRows full(String why) {
        log.info("The read model is rebuilt in full: {}", why);
        return null;
    }

}
