package org.antitrafficking.directory.readmodel.load;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Where a load stood in the database's history, so that a later load can ask only for
 * what changed since: the oldest transaction still running when the load's snapshot was
 * taken ({@code xmin} of {@code pg_current_snapshot()}, with its epoch), and how many
 * rows each table read held. Every row a later transaction wrote carries in its
 * {@code xmin} a transaction id at least that old one's, and a deleted row shows as one
 * row fewer.
 */
record RowHorizon(long xmin, Map<String, Long> counts) {

    /**
     * Every table the read model reads, as the data version's triggers (V25) and the
     * history's (V45) list them.
     */
    static final List<String> TABLES = List.of("source", "function", "department", "component", "task_force",
            "task_force_scope", "task_force_member", "program", "program_component", "hotline", "hotline_purpose",
            "hotline_channel", "relief_type", "relief_type_component", "program_function", "task_force_function",
            "component_function", "figure", "department_source", "component_source", "program_source",
            "task_force_source", "hotline_source", "relief_type_source", "revision", "record_check", "translation");

    RowHorizon {
        counts = Map.copyOf(counts);
    }

    /** The 32-bit transaction id a row's {@code xmin} is compared with. */
    long xmin32() {
        return xmin & 0xFFFF_FFFFL;
    }

    /**
     * Counts each table's rows, and those written by a transaction not older than
     * {@code xmin32}, in one statement.
     */
    static String countingQuery() {
        return TABLES.stream()
            .map(table -> "SELECT '" + table + "' AS name, count(*) AS total, "
                    + "count(*) FILTER (WHERE xmin::text::bigint >= :xmin) AS changed FROM " + table)
            .collect(Collectors.joining(" UNION ALL "));
    }

}
