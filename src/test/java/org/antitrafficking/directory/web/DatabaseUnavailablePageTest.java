package org.antitrafficking.directory.web;

import java.nio.charset.StandardCharsets;
import java.sql.SQLException;

import org.antitrafficking.directory.support.WebTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.spring6.view.ThymeleafViewResolver;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.bind.annotation.GetMapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * A page that needs the database while it is away gets a 503 page in the site's layout,
 * quick exit and key hotlines included, and one log line. No page of the site needs the
 * database today; this keeps a future one (an editor's, say) from showing an error. The
 * page is the application's own: its advice, templates and messages, around a controller
 * whose database has gone.
 */
@WebTest
@ExtendWith(OutputCaptureExtension.class)
class DatabaseUnavailablePageTest {

    @Autowired
    ErrorPageAdvice advice;

    @Autowired
    SpringTemplateEngine templates;

    @Autowired
    LayoutAttributesFilter layout;

    MockMvc mvc;

    @Controller
    static class DatabaseBackedController {

        @GetMapping("/needs-the-database")
        String read() {
            throw new CannotGetJdbcConnectionException("Failed to obtain JDBC Connection",
                    new SQLException("Connection to localhost:5432 refused"));
        }

    }

    @BeforeEach
    void setUp() {
        ThymeleafViewResolver views = new ThymeleafViewResolver();
        views.setTemplateEngine(templates);
        views.setCharacterEncoding("UTF-8");
        mvc = MockMvcBuilders.standaloneSetup(new DatabaseBackedController())
            .setControllerAdvice(advice)
            .setViewResolvers(views)
            .addFilters(layout)
            .build();
    }

    @Test
    void shouldAnswer503InTheLayoutWithTheHotlines(CapturedOutput output) throws Exception {
        MockHttpServletResponse response = mvc.perform(get("/needs-the-database")).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(503);
        assertThat(response.getHeader("Retry-After")).isEqualTo(ErrorPageAdvice.RETRY_AFTER);
        Document page = Jsoup.parse(response.getContentAsString(StandardCharsets.UTF_8));
        assertThat(page.selectFirst("h1").text()).isEqualTo("This part of the directory is briefly unavailable");
        assertThat(page.select("[data-quick-exit]")).extracting(a -> a.attr("href"))
            .containsExactly("https://www.google.com/", "https://www.google.com/");
        assertThat(page.select(".usa-alert--emergency a[href=tel:911]")).hasSize(1);
        assertThat(page.select(".hotline-card a[href=tel:+18883737888]")).hasSize(1);
        assertThat(output.getOut())
            .contains("503 /needs-the-database: the database is unavailable (Connection to localhost:5432 refused)")
            .doesNotContain("\tat org.");
    }

}
