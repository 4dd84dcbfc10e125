package org.antitrafficking.directory.support;

import org.junit.jupiter.api.BeforeEach;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * A test of the site's pages through MockMvc, with the database at hand to work out what
 * a page should show. Every subclass shares one application context.
 */
@WebTest
public abstract class PageTest {

    @Autowired
    protected MockMvcTester mvc;

    @Autowired
    protected JdbcTemplate jdbc;

    protected Pages pages;

    @BeforeEach
    void preparePages() {
        pages = new Pages(mvc);
    }

    protected int count(String sql) {
        return jdbc.queryForObject(sql, Integer.class);
    }

}
