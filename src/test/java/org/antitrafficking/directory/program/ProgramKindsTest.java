package org.antitrafficking.directory.program;

import org.antitrafficking.directory.support.CheckConstraints;
import org.antitrafficking.directory.support.RepositoryTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/** The programs filter offers exactly the kinds the database allows. */
@RepositoryTest
class ProgramKindsTest {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void shouldOfferEveryKindTheDatabaseAllowsAndNoOther() {
        assertThat(ProgramFilters.KINDS)
            .containsExactlyInAnyOrderElementsOf(CheckConstraints.allowedValues(jdbc, "program", "kind"));
    }

}
