package org.antitrafficking.directory.department;

import org.antitrafficking.directory.support.PageTest;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DepartmentPagesTest extends PageTest {

    @Test
    void shouldListEveryDepartmentByKind() {
        Document page = pages.get("/departments");
        assertThat(page.select("main h2")).extracting(Element::text)
            .containsExactly("Executive departments", "Executive Office of the President", "Independent agencies");
        assertThat(page.select(".record-list h3 a")).extracting(a -> a.attr("href").replace("/departments/", ""))
            .containsExactlyInAnyOrderElementsOf(jdbc.queryForList("SELECT slug FROM department", String.class));
    }

    @Test
    void shouldShowADepartmentsComponentsAsATree() {
        Document page = pages.get("/departments/dhs");
        assertThat(page.selectFirst("h1").text()).isEqualTo("Department of Homeland Security (DHS)");
        Element ice = page.selectFirst(".tree > li:has(> a[href=/agencies/ice])");
        assertThat(ice).isNotNull();
        Element hsi = ice.selectFirst("> ul > li:has(> a[href=/agencies/hsi])");
        assertThat(hsi).as("HSI nested under ICE").isNotNull();
        assertThat(hsi.select("> ul > li > a")).extracting(a -> a.attr("href"))
            .contains("/agencies/human-smuggling-and-trafficking-unit");
    }

    @Test
    void shouldShowTheDepartmentsProgramsTaskForcesHotlinesReliefAndSources() {
        Document page = pages.get("/departments/dhs");
        int programs = jdbc.queryForObject(
                "SELECT count(*) FROM program p JOIN department d ON d.id = p.department_id WHERE d.slug = 'dhs'",
                Integer.class);
        assertThat(page.select("#programs-heading ~ ul > li")).hasSize(programs);
        assertThat(page.select("#task-forces-heading + ul a")).extracting(a -> a.attr("href"))
            .contains("/task-forces/pitf", "/task-forces/hstc", "/task-forces/acteams");
        assertThat(page.select("#hotlines-heading + ul a")).extracting(a -> a.attr("href"))
            .containsExactly("/hotlines/hsi-tip-line", "/hotlines/uscis-vawa-unit-helpline");
        assertThat(page.select("#relief-heading + ul a")).hasSize(5);
        assertThat(page.select(".provenance li")).hasSize(6);
        assertThat(page.select("#figures-heading + ul").text()).contains("more than 1,000");
    }

    @Test
    void shouldShowTheNoteWhereSourcesDisagree() {
        Document page = pages.get("/departments/state");
        assertThat(page.selectFirst(".provenance .usa-summary-box").text()).contains("domestic political publications");
    }

    @Test
    void shouldAnswer404ForAnUnknownDepartment() {
        assertThat(pages.getWithStatus("/departments/ministry-of-magic", 404).selectFirst("main").text())
            .contains("There is nothing at this address");
    }

}
