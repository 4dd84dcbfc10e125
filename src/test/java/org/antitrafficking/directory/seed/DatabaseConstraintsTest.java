package org.antitrafficking.directory.seed;

import org.antitrafficking.directory.support.RepositoryTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The database itself refuses data the application could not show correctly. Each test
 * runs in a transaction that is rolled back; {@code SET CONSTRAINTS ALL IMMEDIATE} makes
 * the deferred citation checks fire before that.
 */
@RepositoryTest
class DatabaseConstraintsTest {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void shouldRefuseARecordThatCitesNoSource() {
        jdbc.update("""
                INSERT INTO department (slug, name, kind, description)
                VALUES ('uncited', 'Uncited Department', 'executive-department', 'No source says so.')""");
        assertThatThrownBy(this::checkDeferredConstraints).isInstanceOf(DataIntegrityViolationException.class)
            .hasMessageContaining("cites no source");
    }

    @Test
    void shouldAcceptARecordWithACitation() {
        jdbc.update("""
                INSERT INTO department (slug, name, kind, description)
                VALUES ('cited', 'Cited Department', 'executive-department', 'A source says so.')""");
        jdbc.update(
                "INSERT INTO department_source VALUES (id_for('department', 'cited'), id_for('source', 'dhs-in-action'))");
        assertThatCode(this::checkDeferredConstraints).doesNotThrowAnyException();
    }

    @Test
    void shouldRefuseToRemoveTheLastCitationOfARecord() {
        jdbc.update("DELETE FROM department_source WHERE department_id = id_for('department', 'eeoc')");
        assertThatThrownBy(this::checkDeferredConstraints).isInstanceOf(DataIntegrityViolationException.class)
            .hasMessageContaining("cites no source");
    }

    @Test
    void shouldRefuseAComponentInsideItself() {
        assertThatThrownBy(
                () -> jdbc.update("UPDATE component SET parent_id = id_for('component', 'hsi') WHERE slug = 'ice'"))
            .isInstanceOf(DataIntegrityViolationException.class)
            .hasMessageContaining("its own ancestor");
    }

    @Test
    void shouldRefuseAComponentWhoseParentIsInAnotherDepartment() {
        assertThatThrownBy(
                () -> jdbc.update("UPDATE component SET parent_id = id_for('component', 'fbi') WHERE slug = 'hsi'"))
            .isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void shouldRefuseAMalformedSlug() {
        assertThatThrownBy(() -> jdbc.update("UPDATE department SET slug = 'Not A Slug' WHERE slug = 'dhs'"))
            .isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void shouldRefuseABlankName() {
        assertThatThrownBy(() -> jdbc.update("UPDATE department SET name = '  ' WHERE slug = 'dhs'"))
            .isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void shouldRefuseAnUnencryptedWebsite() {
        assertThatThrownBy(() -> jdbc.update("UPDATE department SET website = 'http://dhs.gov' WHERE slug = 'dhs'"))
            .isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void shouldRefuseAPhoneChannelWithoutANumberToDial() {
        assertThatThrownBy(() -> jdbc
            .update("""
                    INSERT INTO hotline_channel (hotline_id, kind, display_value, source_id, position)
                    VALUES (id_for('hotline', 'fbi-tips'), 'voice', '1-800-000-0000', id_for('source', 'dhs-in-action'), 9)"""))
            .isInstanceOf(DataIntegrityViolationException.class);
    }

    private void checkDeferredConstraints() {
        jdbc.execute("SET CONSTRAINTS ALL IMMEDIATE");
    }

}
