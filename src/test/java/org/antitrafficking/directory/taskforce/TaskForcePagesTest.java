package org.antitrafficking.directory.taskforce;

import org.antitrafficking.directory.support.PageTest;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TaskForcePagesTest extends PageTest {

    @Test
    void shouldListEveryTaskForceWithItsFigures() {
        Document page = pages.get("/task-forces");
        assertThat(page.select(".record-list h2 a")).extracting(a -> a.attr("href").replace("/task-forces/", ""))
            .containsExactlyInAnyOrderElementsOf(jdbc.queryForList("SELECT slug FROM task_force", String.class));
        assertThat(page.text()).contains("nearly 100").contains("42").contains("nearly every FBI field office");
    }

    @Test
    void shouldLinkEveryMemberOfTheInteragencyTaskForce() {
        Document page = pages.get("/task-forces/pitf");
        int members = jdbc.queryForObject(
                "SELECT count(*) FROM task_force_member m JOIN task_force t ON t.id = m.task_force_id WHERE t.slug = 'pitf'",
                Integer.class);
        assertThat(page.select("#members-heading ~ ul a")).hasSize(members);
        assertThat(page.select("#members-heading ~ ul a")).extracting(a -> a.attr("href"))
            .contains("/departments/eeoc", "/departments/usaid", "/agencies/fbi");
    }

    @Test
    void shouldGroupMembersByTheirRole() {
        Document page = pages.get("/task-forces/hstc");
        assertThat(page.select("#members-heading ~ h3")).extracting(Element::text)
            .containsExactly("Primary members", "Members");
        assertThat(page.select(".facts").text()).contains("National").contains("International");
        assertThat(page.selectFirst(".usa-summary-box").text())
            .contains("Office of the Director of National Intelligence");
    }

    @Test
    void shouldAnswer404ForAnUnknownTaskForce() {
        pages.getWithStatus("/task-forces/avengers", 404);
    }

}
