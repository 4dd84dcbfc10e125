package org.antitrafficking.directory.resilience;

import java.util.List;
import java.util.Map;

import org.antitrafficking.directory.support.DebianPostgres;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The backup docs/deployment.md describes: {@code pg_dump --format=custom} of a directory
 * with edits, restored with {@code pg_restore} into a fresh database, holds every
 * revision and check, the edited values and the data version, and the restored history is
 * still append-only. Run on Debian's PostgreSQL, whose client tools match its server.
 */
@Tag("slow")
class BackupRestoreTest {

    private static final String HISTORY = """
            SELECT edit_id, record_kind, record_id, field, value_before, value_after, reason, source_id, editor,
                   made_at FROM revision ORDER BY id""";

    @Test
    void shouldRestoreEveryRevisionAndCheckFromADump() throws Exception {
        try (DebianPostgres cluster = DebianPostgres.start()) {
            JdbcTemplate original = jdbc(cluster, "directory");
            Flyway.configure()
                .dataSource(cluster.jdbcUrl("directory"), "postgres", "")
                .locations("classpath:db/migration")
                .load()
                .migrate();
            edit(original);
            List<Map<String, Object>> revisions = original.queryForList(HISTORY);
            assertThat(revisions).hasSize(3);

            String dump = cluster.directory().resolve("directory.dump").toString();
            cluster.client("pg_dump", "--format=custom", "--file=" + dump, "directory");
            cluster.client("createdb", "restored");
            cluster.client("pg_restore", "--exit-on-error", "--no-owner", "--dbname=restored", dump);

            JdbcTemplate restored = jdbc(cluster, "restored");
            assertThat(restored.queryForList(HISTORY)).isEqualTo(revisions);
            assertThat(restored.queryForList("SELECT * FROM record_check ORDER BY id"))
                .isEqualTo(original.queryForList("SELECT * FROM record_check ORDER BY id"))
                .hasSize(1);
            assertThat(restored.queryForObject("SELECT hours FROM hotline WHERE slug = 'hsi-tip-line'", String.class))
                .isEqualTo("Every day, all day");
            assertThat(restored.queryForMap("SELECT version, changed_at FROM data_version"))
                .isEqualTo(original.queryForMap("SELECT version, changed_at FROM data_version"));
            assertThat(restored.queryForObject("SELECT count(*) FROM flyway_schema_history WHERE success", Long.class))
                .isEqualTo(original.queryForObject("SELECT count(*) FROM flyway_schema_history WHERE success",
                        Long.class));
            assertThatThrownBy(() -> restored.update("DELETE FROM revision"))
                .as("the restored history is still append-only")
                .isInstanceOf(DataIntegrityViolationException.class);
            long next = restored.queryForObject("SELECT nextval('revision_edit_id_seq')", Long.class);
            assertThat(next).as("the edit numbers go on after the restored ones").isGreaterThan(2);
        }
    }

    /**
     * Two edits of the tip line, one of a program, as an editor saves them, and a check.
     */
    private static void edit(JdbcTemplate jdbc) {
        jdbc.execute("""
                DO $$
                DECLARE edit bigint := nextval('revision_edit_id_seq');
                BEGIN
                    UPDATE hotline SET hours = 'Every day, all day' WHERE slug = 'hsi-tip-line';
                    INSERT INTO revision (edit_id, record_kind, record_id, field, value_before, value_after, reason,
                                          source_id, editor)
                    SELECT edit, 'hotline', id, 'hours', '24 hours a day, 7 days a week', 'Every day, all day',
                           'The line''s own page says so.', id_for('source', 'dhs-in-action'), 'editor-one'
                    FROM hotline WHERE slug = 'hsi-tip-line';
                    INSERT INTO revision (edit_id, record_kind, record_id, field, value_before, value_after, reason,
                                          source_id, editor)
                    SELECT edit, 'hotline', id, 'languages', NULL, 'English, Spanish', 'Named on the same page.',
                           id_for('source', 'dhs-in-action'), 'editor-one'
                    FROM hotline WHERE slug = 'hsi-tip-line';
                END $$""");
        jdbc.update("""
                INSERT INTO revision (edit_id, record_kind, record_id, field, value_before, value_after, reason,
                                      source_id, editor)
                VALUES (nextval('revision_edit_id_seq'), 'program', id_for('program', 'blue-campaign'), 'acronym',
                        NULL, 'BC', 'A test of the backup.', id_for('source', 'dhs-in-action'), 'editor-two')""");
        jdbc.update(
                """
                        INSERT INTO record_check (record_kind, record_id, source_id, editor)
                        VALUES ('hotline', id_for('hotline', 'hsi-tip-line'), id_for('source', 'dhs-in-action'), 'editor-two')""");
    }

    private static JdbcTemplate jdbc(DebianPostgres cluster, String database) {
        return new JdbcTemplate(new DriverManagerDataSource(cluster.jdbcUrl(database), "postgres", ""));
    }

}
