package org.antitrafficking.directory.home;

import org.antitrafficking.directory.support.UseTestDatabase;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest
@AutoConfigureMockMvc
@UseTestDatabase
class HomePageTest {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void shouldShowHowManyRecordsOfEachKindTheDatabaseHolds() {
        assertThat(mvc.get().uri("/")).hasStatusOk().bodyText()
            .contains("data-count=\"departments\">" + count("department") + "<")
            .contains("data-count=\"agencies\">" + count("component") + "<")
            .contains("data-count=\"programs\">" + count("program") + "<")
            .contains("data-count=\"task-forces\">" + count("task_force") + "<")
            .contains("data-count=\"hotlines\">" + count("hotline") + "<")
            .contains("data-count=\"relief-types\">" + count("relief_type") + "<")
            .contains("data-count=\"sources\">" + count("source") + "<");
    }

    private int count(String table) {
        Integer rows = jdbc.queryForObject("SELECT count(*) FROM " + table, Integer.class);
        assertThat(rows).isPositive();
        return rows;
    }
}
