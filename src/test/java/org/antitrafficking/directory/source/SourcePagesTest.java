package org.antitrafficking.directory.source;

import org.antitrafficking.directory.support.PageTest;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SourcePagesTest extends PageTest {

    @Test
    void shouldListEverySourceWithPublisherAndDate() {
        Document page = pages.get("/sources");
        assertThat(page.select(".record-list h2 a")).extracting(a -> a.attr("href").replace("/sources/", ""))
            .containsExactlyElementsOf(jdbc.queryForList("SELECT slug FROM source ORDER BY position", String.class));
        assertThat(page.text()).contains("Last published 2014-12-22").contains("Mission 89");
    }

    @Test
    void shouldListEveryRecordASourceSupports() {
        Document page = pages.get("/sources/dhs-government-roles");
        int cited = jdbc.queryForObject(
                """
                        SELECT (SELECT count(*) FROM department_source c JOIN source s ON s.id = c.source_id WHERE s.slug = :slug)
                             + (SELECT count(*) FROM component_source c JOIN source s ON s.id = c.source_id WHERE s.slug = :slug)
                             + (SELECT count(*) FROM program_source c JOIN source s ON s.id = c.source_id WHERE s.slug = :slug)
                             + (SELECT count(*) FROM task_force_source c JOIN source s ON s.id = c.source_id WHERE s.slug = :slug)
                             + (SELECT count(*) FROM hotline_source c JOIN source s ON s.id = c.source_id WHERE s.slug = :slug)
                             + (SELECT count(*) FROM relief_type_source c JOIN source s ON s.id = c.source_id WHERE s.slug = :slug)
                        """
                    .replace(":slug", "'dhs-government-roles'"),
                Integer.class);
        assertThat(page.select("#supported-heading ~ ul a")).hasSize(cited);
        assertThat(page.select("#supported-heading ~ ul a")).extracting(a -> a.attr("href"))
            .contains("/departments/eeoc", "/task-forces/pitf", "/agencies/fletc");
    }

    @Test
    void shouldAnswer404ForAnUnknownSource() {
        pages.getWithStatus("/sources/rumour", 404);
    }

}
