package org.antitrafficking.directory.web;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.antitrafficking.directory.support.Pages;
import org.antitrafficking.directory.support.WebTest;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

/** Every record in the database can be reached by following links from the home page. */
@WebTest
class ReachabilityTest {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void shouldReachEveryRecordPageFromTheHomePage() {
        Set<String> reached = crawl("/");
        List<String> recordPages = jdbc.queryForList("""
                SELECT '/departments/' || slug FROM department
                UNION ALL SELECT '/agencies/' || slug FROM component
                UNION ALL SELECT '/programs/' || slug FROM program
                UNION ALL SELECT '/task-forces/' || slug FROM task_force
                UNION ALL SELECT '/hotlines/' || slug FROM hotline
                UNION ALL SELECT '/immigration-relief/' || slug FROM relief_type
                UNION ALL SELECT '/sources/' || slug FROM source""", String.class);
        assertThat(recordPages).hasSizeGreaterThan(100);
        assertThat(reached).containsAll(recordPages);
    }

    /** The site's HTML pages, not its files, API or API explorer. */
    private static boolean isPage(String href) {
        return !href.matches("/(assets|export|api|hsds|v3|swagger-ui).*|.*\\.(csv|zip|xml|txt|html|json|atom)$");
    }

    /**
     * Follows every link to a page within the site, breadth first, and answers every page
     * it reached.
     */
    private Set<String> crawl(String start) {
        Pages pages = new Pages(mvc);
        Set<String> seen = new HashSet<>(List.of(start));
        Deque<String> queue = new ArrayDeque<>(List.of(start));
        while (!queue.isEmpty()) {
            String path = queue.removeFirst();
            Document page = pages.get(path);
            for (Element link : page.select("a[href^=/]")) {
                String href = link.attr("href").replaceAll("#.*$", "");
                if (isPage(href) && seen.add(href)) {
                    queue.addLast(href);
                }
            }
        }
        return seen;
    }

}
