package org.antitrafficking.directory.seed;

import org.antitrafficking.directory.support.RepositoryTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The history is append-only in the database itself: a revision or a check, once written,
 * can be neither changed nor deleted, not even by SQL that bypasses the application; and
 * writing one moves the data version, since record pages show them.
 */
@RepositoryTest
class HistoryTablesTest {

    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void writeOneOfEach() {
        jdbc.update("""
                INSERT INTO revision (edit_id, record_kind, record_id, field, value_before, value_after, reason,
                                      source_id, editor)
                VALUES (nextval('revision_edit_id_seq'), 'hotline', id_for('hotline', 'hsi-tip-line'), 'hours',
                        NULL, '24/7', 'The source gives the hours.', id_for('source', 'dhs-in-action'), 'editor')""");
        jdbc.update("""
                INSERT INTO record_check (record_kind, record_id, source_id, editor)
                VALUES ('hotline', id_for('hotline', 'hsi-tip-line'), id_for('source', 'dhs-in-action'), 'editor')""");
    }

    @Test
    void shouldRefuseToChangeARevision() {
        assertThatThrownBy(() -> jdbc.update("UPDATE revision SET value_after = '9 to 5'"))
            .isInstanceOf(DataIntegrityViolationException.class)
            .hasMessageContaining("never changed or deleted");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = { "DELETE FROM revision", "TRUNCATE revision", "UPDATE record_check SET editor = 'other'",
            "DELETE FROM record_check", "TRUNCATE record_check" })
    void shouldRefuseToDeleteOrTruncateTheHistory(String statement) {
        assertThatThrownBy(() -> jdbc.execute(statement)).isInstanceOf(DataIntegrityViolationException.class)
            .hasMessageContaining("never changed or deleted");
    }

    @Test
    void shouldRefuseARevisionThatChangesNothing() {
        assertThatThrownBy(() -> jdbc.update("""
                INSERT INTO revision (edit_id, record_kind, record_id, field, value_before, value_after, reason,
                                      source_id, editor)
                VALUES (1, 'hotline', 1, 'hours', '24/7', '24/7', 'No change.', id_for('source', 'dhs-in-action'),
                        'editor')""")).isInstanceOf(DataIntegrityViolationException.class)
            .hasMessageContaining("revision_check");
    }

    @Test
    void shouldRefuseARevisionThatCitesNoSource() {
        assertThatThrownBy(() -> jdbc.update("""
                INSERT INTO revision (edit_id, record_kind, record_id, field, value_after, reason, editor)
                VALUES (1, 'hotline', 1, 'hours', '24/7', 'No source.', 'editor')"""))
            .isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void shouldMoveTheDataVersionWithEveryRevisionAndCheck() {
        long before = version();
        jdbc.update("""
                INSERT INTO record_check (record_kind, record_id, source_id, editor)
                VALUES ('program', id_for('program', 'blue-campaign'), id_for('source', 'dhs-in-action'), 'editor')""");
        assertThat(version()).isGreaterThan(before);
    }

    private long version() {
        Long version = jdbc.queryForObject("SELECT version FROM data_version", Long.class);
        assertThat(version).isNotNull();
        return version;
    }

}
