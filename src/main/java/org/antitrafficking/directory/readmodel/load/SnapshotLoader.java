package org.antitrafficking.directory.readmodel.load;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import javax.sql.DataSource;

import org.antitrafficking.directory.readmodel.DataVersion;
import org.antitrafficking.directory.readmodel.RecordKind;
import org.antitrafficking.directory.readmodel.RetiredRecords;
import org.antitrafficking.directory.readmodel.Slugs;
import org.antitrafficking.directory.readmodel.load.DirectoryRows.ComponentRow;
import org.antitrafficking.directory.readmodel.load.DirectoryRows.DepartmentRow;
import org.antitrafficking.directory.readmodel.load.DirectoryRows.HotlineRow;
import org.antitrafficking.directory.readmodel.load.DirectoryRows.ProgramRow;
import org.antitrafficking.directory.readmodel.load.DirectoryRows.ReliefRow;
import org.antitrafficking.directory.readmodel.load.DirectoryRows.SourceRow;
import org.antitrafficking.directory.readmodel.load.DirectoryRows.TaskForceRow;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reads the whole directory in fifteen set-wise queries (five of them by
 * {@link LinkRowLoader}, two by {@link HistoryRowLoader}), however many records it holds,
 * inside one read-only REPEATABLE READ transaction: every row and the data version come
 * from the same moment, so a snapshot never mixes two versions of the data. The
 * transaction is a plain JDBC one of its own: the application's transaction manager is
 * JPA's, for the write side, and a JPA transaction would wait for Hibernate's start-up,
 * which must never hold up the first snapshot or a page.
 */
@Component
class SnapshotLoader {

    private final JdbcClient jdbc;

    private final TransactionTemplate transaction;

    private final LinkRowLoader links;

    private final HistoryRowLoader history;

    SnapshotLoader(JdbcClient jdbc, DataSource dataSource) {
        this.jdbc = jdbc;
        this.links = new LinkRowLoader(jdbc);
        this.history = new HistoryRowLoader(jdbc);
        this.transaction = new TransactionTemplate(new JdbcTransactionManager(dataSource));
        this.transaction.setReadOnly(true);
        this.transaction.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
    }

    /** The version the database holds now; one cheap query. */
    DataVersion version() {
        return jdbc.sql("SELECT version, changed_at FROM data_version").query(SnapshotLoader::versionOf).single();
    }

    DirectoryRows load() {
        return transaction.execute(status -> new DirectoryRows(version(), sources(), departments(), components(),
                programs(), links.operators(), taskForces(), links.members(), hotlines(), links.channels(),
                reliefTypes(), links.handlers(), links.figures(), history.revisions(), history.checks(), retired()));
    }

    private static DataVersion versionOf(ResultSet row, int number) throws SQLException {
        return new DataVersion(row.getLong("version"), row.getObject("changed_at", OffsetDateTime.class).toInstant());
    }

    /** The records retired (migration V50), which every other query here leaves out. */
    private List<RetiredRecords.Retired> retired() {
        return jdbc.sql("""
                SELECT 'department' AS kind, slug, name, retired_on, retired_reason FROM department
                WHERE retired_on IS NOT NULL
                UNION ALL SELECT 'agency', slug, name, retired_on, retired_reason FROM component
                WHERE retired_on IS NOT NULL
                UNION ALL SELECT 'program', slug, name, retired_on, retired_reason FROM program
                WHERE retired_on IS NOT NULL
                UNION ALL SELECT 'task-force', slug, name, retired_on, retired_reason FROM task_force
                WHERE retired_on IS NOT NULL
                UNION ALL SELECT 'hotline', slug, name, retired_on, retired_reason FROM hotline
                WHERE retired_on IS NOT NULL
                UNION ALL SELECT 'relief-type', slug, name, retired_on, retired_reason FROM relief_type
                WHERE retired_on IS NOT NULL""")
            .query((row, number) -> new RetiredRecords.Retired(
                    Slugs.fromDatabase(RecordKind.class, row.getString("kind")), row.getString("slug"),
                    row.getString("name"), row.getObject("retired_on", LocalDate.class),
                    row.getString("retired_reason")))
            .list();
    }

    private List<SourceRow> sources() {
        return jdbc
            .sql("""
                    SELECT id, slug, title, publisher, date_label, published_on, kind, summary, position, url FROM source""")
            .query((row, number) -> new SourceRow(row.getLong("id"), row.getString("slug"), row.getString("title"),
                    row.getString("publisher"), row.getString("date_label"),
                    row.getObject("published_on", LocalDate.class), row.getString("kind"), row.getString("summary"),
                    row.getInt("position"), row.getString("url")))
            .list();
    }

    private List<DepartmentRow> departments() {
        return jdbc.sql("""
                SELECT d.id, d.slug, d.name, d.acronym, d.kind, d.description, d.website, d.source_note,
                       ARRAY(SELECT c.source_id FROM department_source c WHERE c.department_id = d.id) AS sources
                FROM department d
                WHERE d.retired_on IS NULL""")
            .query((row, number) -> new DepartmentRow(row.getLong("id"), row.getString("slug"), row.getString("name"),
                    row.getString("acronym"), row.getString("kind"), row.getString("description"),
                    row.getString("website"), row.getString("source_note"), longs(row, "sources")))
            .list();
    }

    private List<ComponentRow> components() {
        return jdbc
            .sql("""
                        SELECT r.id, r.slug, r.name, r.acronym, r.kind, r.department_id, r.parent_id, r.description,
                               r.website, r.source_note,
                               ARRAY(SELECT f.function_slug::text FROM component_function f WHERE f.component_id = r.id) AS functions,
                               ARRAY(SELECT c.source_id FROM component_source c WHERE c.component_id = r.id) AS sources
                        FROM component r
                    WHERE r.retired_on IS NULL""")
            .query((row, number) -> new ComponentRow(row.getLong("id"), row.getString("slug"), row.getString("name"),
                    row.getString("acronym"), row.getString("kind"), row.getLong("department_id"),
                    row.getObject("parent_id", Long.class), row.getString("description"), row.getString("website"),
                    row.getString("source_note"), strings(row, "functions"), longs(row, "sources")))
            .list();
    }

    private List<ProgramRow> programs() {
        return jdbc
            .sql("""
                        SELECT r.id, r.slug, r.name, r.acronym, r.kind, r.department_id, r.task_force_id, r.cross_agency, r.parent_id,
                               r.description, r.website, r.source_note,
                               ARRAY(SELECT f.function_slug::text FROM program_function f WHERE f.program_id = r.id) AS functions,
                               ARRAY(SELECT c.source_id FROM program_source c WHERE c.program_id = r.id) AS sources
                        FROM program r
                    WHERE r.retired_on IS NULL""")
            .query((row, number) -> new ProgramRow(row.getLong("id"), row.getString("slug"), row.getString("name"),
                    row.getString("acronym"), row.getString("kind"), row.getObject("department_id", Long.class),
                    row.getObject("task_force_id", Long.class), row.getBoolean("cross_agency"),
                    row.getObject("parent_id", Long.class), row.getString("description"), row.getString("website"),
                    row.getString("source_note"), strings(row, "functions"), longs(row, "sources")))
            .list();
    }

    private List<TaskForceRow> taskForces() {
        return jdbc
            .sql("""
                        SELECT r.id, r.slug, r.name, r.acronym, r.kind, r.description, r.other_participants, r.website,
                               r.source_note,
                               ARRAY(SELECT s.scope FROM task_force_scope s WHERE s.task_force_id = r.id) AS scopes,
                               ARRAY(SELECT f.function_slug::text FROM task_force_function f WHERE f.task_force_id = r.id) AS functions,
                               ARRAY(SELECT c.source_id FROM task_force_source c WHERE c.task_force_id = r.id) AS sources
                        FROM task_force r
                    WHERE r.retired_on IS NULL""")
            .query((row, number) -> new TaskForceRow(row.getLong("id"), row.getString("slug"), row.getString("name"),
                    row.getString("acronym"), row.getString("kind"), row.getString("description"),
                    row.getString("other_participants"), row.getString("website"), row.getString("source_note"),
                    strings(row, "scopes"), strings(row, "functions"), longs(row, "sources")))
            .list();
    }

    private List<HotlineRow> hotlines() {
        return jdbc.sql("""
                SELECT r.id, r.slug, r.name, r.department_id, r.component_id, r.operator_role, r.description,
                       r.audience, r.hours, r.languages, r.law_enforcement_sharing, r.law_enforcement_note,
                       r.law_enforcement_source_id, r.anonymous_tips, r.confidential,
                       r.website, r.source_note, r.position, r.featured,
                       ARRAY(SELECT p.purpose FROM hotline_purpose p WHERE p.hotline_id = r.id) AS purposes,
                       ARRAY(SELECT c.source_id FROM hotline_source c WHERE c.hotline_id = r.id) AS sources
                FROM hotline r
                WHERE r.retired_on IS NULL""")
            .query((row, number) -> new HotlineRow(row.getLong("id"), row.getString("slug"), row.getString("name"),
                    row.getObject("department_id", Long.class), row.getObject("component_id", Long.class),
                    row.getString("operator_role"), row.getString("description"), row.getString("audience"),
                    row.getString("hours"), row.getString("languages"), row.getString("law_enforcement_sharing"),
                    row.getString("law_enforcement_note"), row.getObject("law_enforcement_source_id", Long.class),
                    row.getObject("anonymous_tips", Boolean.class), row.getObject("confidential", Boolean.class),
                    row.getString("website"), row.getString("source_note"), row.getInt("position"),
                    row.getBoolean("featured"), strings(row, "purposes"), longs(row, "sources")))
            .list();
    }

    private List<ReliefRow> reliefTypes() {
        return jdbc
            .sql("""
                        SELECT r.id, r.slug, r.name, r.short_name, r.department_id, r.description, r.eligibility,
                               r.requested_by, r.application_form, r.provides, r.annual_limit, r.website, r.source_note, r.position,
                               ARRAY(SELECT c.source_id FROM relief_type_source c WHERE c.relief_type_id = r.id) AS sources
                        FROM relief_type r
                    WHERE r.retired_on IS NULL""")
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

}
