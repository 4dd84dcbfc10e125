package org.antitrafficking.directory.readmodel;

import java.util.List;

import org.antitrafficking.directory.support.RepositoryTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/** Every change to the directory's data moves the data version (migration V25). */
@RepositoryTest
class DataVersionTriggerTest {

    /**
     * Tables no page shows, which must not move the data version: a flood of suggestions
     * never rebuilds the read model (migration V47).
     */
    private static final String NOT_SHOWN = "'suggestion', 'suggestion_key', 'suggestion_allowance'";

    @Autowired
    JdbcTemplate jdbc;

    /**
     * The editors' tables (V48) are no part of what the site shows: signing in never
     * moves the version.
     */
    @Test
    void shouldWatchEveryTableOfTheDirectory() {
        List<String> unwatched = jdbc.queryForList("""
                SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                WHERE n.nspname = current_schema() AND c.relkind = 'r'
                  AND c.relname NOT IN ('flyway_schema_history', 'data_version', %s)
                  AND c.relname NOT IN ('editor', 'editor_sign_in_failure', 'editor_sign_in_key', 'editor_session',
                                        'editor_session_attributes')
                  AND NOT EXISTS (SELECT 1 FROM pg_trigger t
                                  WHERE t.tgrelid = c.oid AND t.tgname = c.relname || '_bumps_data_version')
                ORDER BY c.relname""".formatted(NOT_SHOWN), String.class);
        assertThat(unwatched).as("tables whose changes would not reach the read model").isEmpty();
    }

    @Test
    void shouldMoveTheVersionWithAnUpdateMadeWithSql() {
        long before = version();
        String changedAt = jdbc.queryForObject("SELECT changed_at::text FROM data_version", String.class);
        jdbc.update("UPDATE hotline SET hours = hours WHERE slug = 'hsi-tip-line'");
        assertThat(version()).isEqualTo(before + 1);
        assertThat(jdbc.queryForObject("SELECT changed_at::text FROM data_version", String.class))
            .isNotEqualTo(changedAt);
    }

    @Test
    void shouldMoveTheVersionOncePerStatementHoweverManyRows() {
        long before = version();
        int rows = jdbc.update("UPDATE program SET description = description");
        assertThat(rows).isGreaterThan(1);
        assertThat(version()).isEqualTo(before + 1);
    }

    @Test
    void shouldKeepOneVersionRowOnly() {
        assertThat(jdbc.queryForObject("SELECT count(*) FROM data_version", Integer.class)).isEqualTo(1);
        assertThat(jdbc
            .queryForList("SELECT 1 FROM pg_constraint WHERE conrelid = 'data_version'::regclass AND contype = 'c'"))
            .isNotEmpty();
    }

    private long version() {
        return jdbc.queryForObject("SELECT version FROM data_version", Long.class);
    }

}
