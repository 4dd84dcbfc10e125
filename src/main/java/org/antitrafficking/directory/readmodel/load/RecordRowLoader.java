package org.antitrafficking.directory.readmodel.load;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.antitrafficking.directory.readmodel.load.DirectoryRows.ComponentRow;
import org.antitrafficking.directory.readmodel.load.DirectoryRows.DepartmentRow;
import org.antitrafficking.directory.readmodel.load.DirectoryRows.HotlineRow;
import org.antitrafficking.directory.readmodel.load.DirectoryRows.ProgramRow;
import org.antitrafficking.directory.readmodel.load.DirectoryRows.ReliefRow;
import org.antitrafficking.directory.readmodel.load.DirectoryRows.SourceRow;
import org.antitrafficking.directory.readmodel.load.DirectoryRows.TaskForceRow;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Reads the records of each kind, one query a kind, with the functions, scopes, purposes
 * and sources of each record gathered into arrays by the database: a join on the grouped
 * rows rather than a query for each record. In the order of their ids, so that records
 * named alike keep one order from one version of the data to the next. Called inside the
 * {@link SnapshotLoader}'s transactions.
 */
final class RecordRowLoader {

    /**
     * The programs, with a filter on the functions, on the sources and on the programs to
     * put in.
     */
    private static final String PROGRAMS = """
            SELECT r.id, r.slug, r.name, r.acronym, r.kind, r.department_id, r.task_force_id, r.cross_agency, r.parent_id,
                   r.description, r.website, r.source_note,
                   coalesce(f.functions, '{}') AS functions, coalesce(c.sources, '{}') AS sources
            FROM program r
            LEFT JOIN (SELECT program_id, array_agg(function_slug::text) AS functions FROM program_function%s
                       GROUP BY program_id) f ON f.program_id = r.id
            LEFT JOIN (SELECT program_id, array_agg(source_id) AS sources FROM program_source%s
                       GROUP BY program_id) c ON c.program_id = r.id
            WHERE r.retired_on IS NULL%s ORDER BY r.id""";

    private final JdbcClient jdbc;

    RecordRowLoader(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<SourceRow> sources() {
        Repeated repeated = new Repeated();
        return jdbc.sql("""
                SELECT id, slug, title, publisher, date_label, published_on, kind, summary, position, url FROM source
                ORDER BY id""")
            .query((row, number) -> new SourceRow(row.getLong("id"), row.getString("slug"), row.getString("title"),
                    repeated.of(row.getString("publisher")), repeated.of(row.getString("date_label")),
                    row.getObject("published_on", LocalDate.class), row.getString("kind"), row.getString("summary"),
                    row.getInt("position"), row.getString("url")))
            .list();
    }

    List<DepartmentRow> departments() {
        return jdbc.sql("""
                SELECT d.id, d.slug, d.name, d.acronym, d.kind, d.description, d.website, d.source_note,
                       coalesce(c.sources, '{}') AS sources
                FROM department d
                LEFT JOIN (SELECT department_id, array_agg(source_id) AS sources FROM department_source
                           GROUP BY department_id) c ON c.department_id = d.id
                WHERE d.retired_on IS NULL ORDER BY d.id""")
            .query((row, number) -> new DepartmentRow(row.getLong("id"), row.getString("slug"), row.getString("name"),
                    row.getString("acronym"), row.getString("kind"), row.getString("description"),
                    row.getString("website"), row.getString("source_note"), longs(row, "sources")))
            .list();
    }

    List<ComponentRow> components() {
        Repeated repeated = new Repeated();
        return jdbc.sql("""
                SELECT r.id, r.slug, r.name, r.acronym, r.kind, r.department_id, r.parent_id, r.description,
                       r.website, r.source_note,
                       coalesce(f.functions, '{}') AS functions, coalesce(c.sources, '{}') AS sources
                FROM component r
                LEFT JOIN (SELECT component_id, array_agg(function_slug::text) AS functions FROM component_function
                           GROUP BY component_id) f ON f.component_id = r.id
                LEFT JOIN (SELECT component_id, array_agg(source_id) AS sources FROM component_source
                           GROUP BY component_id) c ON c.component_id = r.id
                WHERE r.retired_on IS NULL ORDER BY r.id""")
            .query((row, number) -> new ComponentRow(row.getLong("id"), row.getString("slug"), row.getString("name"),
                    row.getString("acronym"), repeated.of(row.getString("kind")), row.getLong("department_id"),
                    row.getObject("parent_id", Long.class), row.getString("description"), row.getString("website"),
                    row.getString("source_note"), strings(row, "functions"), longs(row, "sources")))
            .list();
    }

    List<ProgramRow> programs() {
        return programs(PROGRAMS.formatted("", "", ""), Map.of());
    }

    /** The rows of these programs, those not retired, in the order of their ids. */
    List<ProgramRow> programs(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        String array = ids.stream().map(String::valueOf).collect(Collectors.joining(",", "{", "}"));
        String filter = " = ANY(CAST(:ids AS bigint[]))";
        return programs(
                PROGRAMS.formatted(" WHERE program_id" + filter, " WHERE program_id" + filter, " AND r.id" + filter),
                Map.of("ids", array));
    }

    private List<ProgramRow> programs(String sql, Map<String, Object> parameters) {
        Repeated repeated = new Repeated();
        return jdbc.sql(sql)
            .params(parameters)
            .query((row, number) -> new ProgramRow(row.getLong("id"), row.getString("slug"), row.getString("name"),
                    row.getString("acronym"), repeated.of(row.getString("kind")),
                    row.getObject("department_id", Long.class), row.getObject("task_force_id", Long.class),
                    row.getBoolean("cross_agency"), row.getObject("parent_id", Long.class),
                    row.getString("description"), row.getString("website"), row.getString("source_note"),
                    strings(row, "functions"), longs(row, "sources")))
            .list();
    }

    List<TaskForceRow> taskForces() {
        Repeated repeated = new Repeated();
        return jdbc.sql("""
                SELECT r.id, r.slug, r.name, r.acronym, r.kind, r.description, r.other_participants, r.website,
                       r.source_note,
                       coalesce(s.scopes, '{}') AS scopes, coalesce(f.functions, '{}') AS functions,
                       coalesce(c.sources, '{}') AS sources
                FROM task_force r
                LEFT JOIN (SELECT task_force_id, array_agg(scope) AS scopes FROM task_force_scope
                           GROUP BY task_force_id) s ON s.task_force_id = r.id
                LEFT JOIN (SELECT task_force_id, array_agg(function_slug::text) AS functions FROM task_force_function
                           GROUP BY task_force_id) f ON f.task_force_id = r.id
                LEFT JOIN (SELECT task_force_id, array_agg(source_id) AS sources FROM task_force_source
                           GROUP BY task_force_id) c ON c.task_force_id = r.id
                WHERE r.retired_on IS NULL ORDER BY r.id""")
            .query((row, number) -> new TaskForceRow(row.getLong("id"), row.getString("slug"), row.getString("name"),
                    row.getString("acronym"), repeated.of(row.getString("kind")), row.getString("description"),
                    row.getString("other_participants"), row.getString("website"), row.getString("source_note"),
                    strings(row, "scopes"), strings(row, "functions"), longs(row, "sources")))
            .list();
    }

    List<HotlineRow> hotlines() {
        Repeated repeated = new Repeated();
        return jdbc.sql("""
                SELECT r.id, r.slug, r.name, r.department_id, r.component_id, r.operator_role, r.description,
                       r.audience, r.hours, r.languages, r.law_enforcement_sharing, r.law_enforcement_note,
                       r.law_enforcement_source_id, r.anonymous_tips, r.confidential,
                       r.website, r.source_note, r.position, r.featured,
                       coalesce(p.purposes, '{}') AS purposes, coalesce(c.sources, '{}') AS sources
                FROM hotline r
                LEFT JOIN (SELECT hotline_id, array_agg(purpose) AS purposes FROM hotline_purpose
                           GROUP BY hotline_id) p ON p.hotline_id = r.id
                LEFT JOIN (SELECT hotline_id, array_agg(source_id) AS sources FROM hotline_source
                           GROUP BY hotline_id) c ON c.hotline_id = r.id
                WHERE r.retired_on IS NULL ORDER BY r.id""")
            .query((row, number) -> new HotlineRow(row.getLong("id"), row.getString("slug"), row.getString("name"),
                    row.getObject("department_id", Long.class), row.getObject("component_id", Long.class),
                    row.getString("operator_role"), row.getString("description"),
                    repeated.of(row.getString("audience")), repeated.of(row.getString("hours")),
                    repeated.of(row.getString("languages")), row.getString("law_enforcement_sharing"),
                    row.getString("law_enforcement_note"), row.getObject("law_enforcement_source_id", Long.class),
                    row.getObject("anonymous_tips", Boolean.class), row.getObject("confidential", Boolean.class),
                    row.getString("website"), row.getString("source_note"), row.getInt("position"),
                    row.getBoolean("featured"), strings(row, "purposes"), longs(row, "sources")))
            .list();
    }

    List<ReliefRow> reliefTypes() {
        return jdbc
            .sql("""
                    SELECT r.id, r.slug, r.name, r.short_name, r.department_id, r.description, r.eligibility,
                           r.requested_by, r.application_form, r.provides, r.annual_limit, r.website, r.source_note, r.position,
                           coalesce(c.sources, '{}') AS sources
                    FROM relief_type r
                    LEFT JOIN (SELECT relief_type_id, array_agg(source_id) AS sources FROM relief_type_source
                               GROUP BY relief_type_id) c ON c.relief_type_id = r.id
                    WHERE r.retired_on IS NULL ORDER BY r.id""")
            .query((row, number) -> new ReliefRow(row.getLong("id"), row.getString("slug"), row.getString("name"),
                    row.getString("short_name"), row.getLong("department_id"), row.getString("description"),
                    row.getString("eligibility"), row.getString("requested_by"), row.getString("application_form"),
                    row.getString("provides"), row.getString("annual_limit"), row.getString("website"),
                    row.getString("source_note"), row.getInt("position"), longs(row, "sources")))
            .list();
    }

    private static List<Long> longs(ResultSet row, String column) throws SQLException {
        Array array = row.getArray(column);
        return Arrays.stream((Object[]) array.getArray()).map(value -> ((Number) value).longValue()).toList();
    }

    private static List<String> strings(ResultSet row, String column) throws SQLException {
        Array array = row.getArray(column);
        return Arrays.stream((Object[]) array.getArray()).map(String::valueOf).toList();
    }

    /**
     * One string for each value of a column most rows share, such as a kind: a hundred
     * thousand records would otherwise keep a hundred thousand copies of "training".
     */
    private static final class Repeated {

        private final Map<String, String> seen = new HashMap<>();

        @Nullable String of(@Nullable String value) {
            return (value == null) ? null : seen.computeIfAbsent(value, same -> same);
        }

    }

}
