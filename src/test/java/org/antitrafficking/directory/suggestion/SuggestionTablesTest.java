package org.antitrafficking.directory.suggestion;

import org.antitrafficking.directory.support.RepositoryTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The suggestion tables hold only what the form may send, in their limits, and a decision
 * only with who made it, when and, for a rejection, why; and writing to them never moves
 * the data version, so a flood of suggestions never rebuilds the read model.
 */
@RepositoryTest
class SuggestionTablesTest {

    private static final String COLUMNS = "INSERT INTO suggestion (record_kind, record_id, field, current_value, "
            + "proposed_value, evidence, reply_to, status, decided_by, decided_at, decision_reason) ";

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void shouldKeepASuggestionOpenUntilAnEditorDecidesIt() {
        // Other tests' suggestions are committed to the same database: this one is found
        // by its id.
        Long id = jdbc.queryForObject(COLUMNS + "VALUES ('hotline', 1, 'hours', '24/7', '9 to 5', "
                + "'https://www.ice.gov/', NULL, 'open', NULL, NULL, NULL) RETURNING id", Long.class);
        assertThat(jdbc.queryForObject("SELECT status FROM suggestion WHERE id = ?", String.class, id))
            .isEqualTo("open");
        jdbc.update("""
                UPDATE suggestion SET status = 'rejected', decided_by = 'editor', decided_at = clock_timestamp(),
                                      decision_reason = 'The source says 24/7.'
                WHERE id = ?""", id);
        assertThat(jdbc.queryForObject("SELECT status FROM suggestion WHERE id = ?", String.class, id))
            .isEqualTo("rejected");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = { "VALUES ('function', 1, 'hours', NULL, 'x', 'y', NULL, 'open', NULL, NULL, NULL)",
            "VALUES ('hotline', 1, 'Hours; DROP', NULL, 'x', 'y', NULL, 'open', NULL, NULL, NULL)",
            "VALUES ('hotline', 1, 'hours', NULL, ' ', 'y', NULL, 'open', NULL, NULL, NULL)",
            "VALUES ('hotline', 1, 'hours', NULL, repeat('x', 2001), 'y', NULL, 'open', NULL, NULL, NULL)",
            "VALUES ('hotline', 1, 'hours', NULL, 'x', repeat('y', 1001), NULL, 'open', NULL, NULL, NULL)",
            "VALUES ('hotline', 1, 'hours', NULL, 'x', '', NULL, 'open', NULL, NULL, NULL)",
            "VALUES ('hotline', 1, 'hours', NULL, 'x', 'y', repeat('r', 201), 'open', NULL, NULL, NULL)",
            "VALUES ('hotline', 1, 'hours', repeat('c', 10001), 'x', 'y', NULL, 'open', NULL, NULL, NULL)",
            "VALUES ('hotline', 1, 'hours', NULL, 'x', 'y', NULL, 'pending', NULL, NULL, NULL)",
            "VALUES ('hotline', 1, 'hours', NULL, 'x', 'y', NULL, 'open', 'editor', clock_timestamp(), NULL)",
            "VALUES ('hotline', 1, 'hours', NULL, 'x', 'y', NULL, 'accepted', NULL, NULL, NULL)",
            "VALUES ('hotline', 1, 'hours', NULL, 'x', 'y', NULL, 'accepted', 'editor', NULL, NULL)",
            "VALUES ('hotline', 1, 'hours', NULL, 'x', 'y', NULL, 'rejected', 'editor', clock_timestamp(), NULL)",
            "VALUES ('hotline', 1, 'hours', NULL, 'x', 'y', NULL, 'open', NULL, NULL, 'why')",
            "VALUES ('hotline', 1, 'hours', NULL, 'x', 'y', NULL, 'accepted', 'editor', '2000-01-01', NULL)" })
    void shouldRefuseASuggestionOutsideItsLimitsOrADecisionWithoutItsParts(String values) {
        assertThatThrownBy(() -> jdbc.update(COLUMNS + values)).isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void shouldRefuseAShortKey() {
        assertThatThrownBy(() -> jdbc.update("INSERT INTO suggestion_key (day, key) VALUES (current_date, '\\x00')"))
            .isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void shouldRefuseAHashThatIsNotOne() {
        assertThatThrownBy(() -> jdbc.update("""
                INSERT INTO suggestion_allowance (address_hash, window_start, submissions)
                VALUES (convert_to('203.0.113.9', 'UTF8'), date_trunc('hour', now()), 1)"""))
            .as("a raw address is not a hash")
            .isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void shouldNotMoveTheDataVersion() {
        long before = jdbc.queryForObject("SELECT version FROM data_version", Long.class);
        jdbc.update(COLUMNS + "VALUES ('program', 1, 'description', 'a', 'b', 'c', 'me@example.org', 'open', "
                + "NULL, NULL, NULL)");
        jdbc.update("UPDATE suggestion SET reply_to = NULL");
        jdbc.update("INSERT INTO suggestion_key (day, key) VALUES ('2001-01-01', decode(repeat('ab', 32), 'hex'))");
        jdbc.update("""
                INSERT INTO suggestion_allowance (address_hash, window_start, submissions)
                VALUES (sha256('x'), date_trunc('hour', now()), 1)""");
        jdbc.update("UPDATE suggestion_allowance SET submissions = 2");
        jdbc.update("DELETE FROM suggestion_allowance");
        jdbc.update("DELETE FROM suggestion_key WHERE day = '2001-01-01'");
        jdbc.update("DELETE FROM suggestion");
        assertThat(jdbc.queryForObject("SELECT version FROM data_version", Long.class)).isEqualTo(before);
    }

}
