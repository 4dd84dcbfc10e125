package org.antitrafficking.directory.hotline;

import org.antitrafficking.directory.readmodel.HotlinePurpose;
import org.antitrafficking.directory.support.CheckConstraints;
import org.antitrafficking.directory.support.RepositoryTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The hotlines filter offers exactly the purposes the database allows, in the order it
 * lists them.
 */
@RepositoryTest
class HotlinePurposesTest {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void shouldOfferEveryPurposeTheDatabaseAllowsAndNoOther() {
        assertThat(HotlineService.PURPOSES.stream().map(HotlinePurpose::slug))
            .containsExactlyInAnyOrderElementsOf(CheckConstraints.allowedValues(jdbc, "hotline_purpose", "purpose"));
    }

}
