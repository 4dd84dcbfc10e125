package org.antitrafficking.directory.readmodel.load;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.regex.Pattern;
import javax.sql.DataSource;

import org.antitrafficking.directory.readmodel.DataVersion;
import org.antitrafficking.directory.readmodel.RecordKind;
import org.antitrafficking.directory.readmodel.RetiredRecords;
import org.antitrafficking.directory.readmodel.Slugs;
import org.antitrafficking.directory.readmodel.Translations;
import org.antitrafficking.directory.readmodel.load.DirectoryRows.ChannelRow;
import org.antitrafficking.directory.readmodel.load.DirectoryRows.CheckRow;
import org.antitrafficking.directory.readmodel.load.DirectoryRows.ComponentRow;
import org.antitrafficking.directory.readmodel.load.DirectoryRows.DepartmentRow;
import org.antitrafficking.directory.readmodel.load.DirectoryRows.FigureRow;
import org.antitrafficking.directory.readmodel.load.DirectoryRows.HandlerRow;
import org.antitrafficking.directory.readmodel.load.DirectoryRows.HotlineRow;
import org.antitrafficking.directory.readmodel.load.DirectoryRows.MemberRow;
import org.antitrafficking.directory.readmodel.load.DirectoryRows.OperatorRow;
import org.antitrafficking.directory.readmodel.load.DirectoryRows.ProgramRow;
import org.antitrafficking.directory.readmodel.load.DirectoryRows.ReliefRow;
import org.antitrafficking.directory.readmodel.load.DirectoryRows.RevisionRow;
import org.antitrafficking.directory.readmodel.load.DirectoryRows.SourceRow;
import org.antitrafficking.directory.readmodel.load.DirectoryRows.TaskForceRow;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reads the whole directory in seventeen set-wise queries (seven by
 * {@link RecordRowLoader}, five by {@link LinkRowLoader}, two by
 * {@link HistoryRowLoader}), however many records it holds, on two connections at once:
 * one read-only REPEATABLE READ transaction exports its snapshot of the database and a
 * second transaction, on a second thread, takes the same snapshot (PostgreSQL's
 * {@code pg_export_snapshot} and {@code SET TRANSACTION SNAPSHOT}). Every row and the
 * data version come from the same moment, so a snapshot never mixes two versions of the
 * data, and at a hundred thousand programs both cores read. The transactions are plain
 * JDBC ones of their own: the application's transaction manager is JPA's, for the write
 * side, and a JPA transaction would wait for Hibernate's start-up, which must never hold
 * up the first snapshot or a page.
 */
@Component
class SnapshotLoader {

    /** What PostgreSQL names an exported snapshot with. */
    private static final Pattern SNAPSHOT_ID = Pattern.compile("[0-9A-Fa-f-]+");

    private final JdbcClient jdbc;

    private final TransactionTemplate transaction;

    private final RecordRowLoader records;

    private final LinkRowLoader links;

    private final HistoryRowLoader history;

    private final ChangeReader changes;

    SnapshotLoader(JdbcClient jdbc, DataSource dataSource) {
        this.jdbc = jdbc;
        this.records = new RecordRowLoader(jdbc);
        this.links = new LinkRowLoader(jdbc);
        this.history = new HistoryRowLoader(jdbc);
        this.changes = new ChangeReader(jdbc, records, history);
        this.transaction = new TransactionTemplate(new JdbcTransactionManager(dataSource));
        this.transaction.setReadOnly(true);
        this.transaction.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
    }

    /** The version the database holds now; one cheap query. */
    DataVersion version() {
        return jdbc.sql("SELECT version, changed_at FROM data_version").query(SnapshotLoader::versionOf).single();
    }

    /** Every row, and where the load stood in the database's history. */
    Loaded load() {
        return transaction.execute(status -> {
            String snapshot = jdbc.sql("SELECT pg_export_snapshot()").query(String.class).single();
            RowHorizon horizon = changes.horizon();
            Aside<ProgramsAndRelief> programs = Aside.start("read-model-reader",
                    () -> transaction.execute(other -> programsAndRelief(snapshot)));
            DataVersion version = version();
            List<SourceRow> sources = records.sources();
            List<DepartmentRow> departments = records.departments();
            List<ComponentRow> components = records.components();
            List<TaskForceRow> taskForces = records.taskForces();
            List<MemberRow> members = links.members();
            List<HotlineRow> hotlines = records.hotlines();
            List<ChannelRow> channels = links.channels();
            List<RevisionRow> revisions = history.revisions();
            List<CheckRow> checks = history.checks();
            List<RetiredRecords.Retired> retired = retired();
            Translations translations = translations(jdbc);
            ProgramsAndRelief rest = programs.join();
            return new Loaded(new DirectoryRows(version, sources, departments, components, rest.programs(),
                    rest.operators(), taskForces, members, hotlines, channels, rest.reliefTypes(), rest.handlers(),
                    rest.figures(), revisions, checks, retired, translations), horizon);
        });
    }

    /**
     * What changed since the horizon, read in one transaction, if nothing but at most
     * {@code maxPrograms} programs, revisions and checks did; null if anything else may
     * have, and the caller must load everything.
     */
    @Nullable ChangedRows changesSince(RowHorizon since, int maxPrograms) {
        return transaction.execute(status -> changes.since(since, maxPrograms, version()));
    }

    /**
     * The programs with the rows that hang from them, and the forms of relief: about half
     * the reading, done on the second connection within the first's snapshot.
     */
    private ProgramsAndRelief programsAndRelief(String snapshot) {
        if (!SNAPSHOT_ID.matcher(snapshot).matches()) {
            throw new IllegalStateException("PostgreSQL exported a snapshot named " + snapshot);
        }
        jdbc.sql("SET TRANSACTION SNAPSHOT '" + snapshot + "'").update();
        return new ProgramsAndRelief(records.programs(), links.operators(), links.figures(), records.reliefTypes(),
                links.handlers());
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

    /**
     * The Spanish of every field whose translation was made from the English it holds now
     * (the hash matches; migration V51): a translation of text that has changed since is
     * left out, so the page shows the current English until it is reviewed.
     */
    static Translations translations(JdbcClient jdbc) {
        Translations.Builder translations = Translations.builder();
        jdbc.sql("""
                SELECT t.record_kind, v.slug, t.field, t.text
                FROM translation t JOIN translatable_text v USING (record_kind, record_id, field)
                WHERE t.language = 'es' AND t.english_sha256 = english_sha256(v.english)""").query((row) -> {
            translations.add(Slugs.fromDatabase(RecordKind.class, row.getString("record_kind")), row.getString("slug"),
                    row.getString("field"), row.getString("text"));
        });
        return translations.build();
    }

    /** The rows of one load, and where it stood. */
    record Loaded(DirectoryRows rows, RowHorizon horizon) {
    }

    private record ProgramsAndRelief(List<ProgramRow> programs, List<OperatorRow> operators, List<FigureRow> figures,
            List<ReliefRow> reliefTypes, List<HandlerRow> handlers) {
    }

}
