package org.antitrafficking.directory.agency;

import org.antitrafficking.directory.support.PageTest;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AgencyPagesTest extends PageTest {

    @Test
    void shouldShowWhereAnAgencySitsWithBreadcrumbsUpToItsDepartment() {
        Document page = pages.get("/agencies/hsi");
        assertThat(page.select(".usa-breadcrumb__list-item")).extracting(Element::text)
            .containsExactly("Home", "Department of Homeland Security (DHS)",
                    "U.S. Immigration and Customs Enforcement (ICE)", "Homeland Security Investigations (HSI)");
        assertThat(page.select(".usa-breadcrumb a")).extracting(a -> a.attr("href"))
            .containsExactly("/", "/departments/dhs", "/agencies/ice");
    }

    @Test
    void shouldShowAnAgencysUnitsProgramsTaskForcesHotlinesAndFunctions() {
        Document page = pages.get("/agencies/hsi");
        assertThat(page.select("#units-heading + ul > li > a")).extracting(a -> a.attr("href"))
            .containsExactly("/agencies/child-exploitation-investigations-unit",
                    "/agencies/human-smuggling-and-trafficking-unit");
        assertThat(page.select("#programs-heading ~ ul h3 a")).extracting(a -> a.attr("href"))
            .contains("/programs/hsi-victim-assistance-specialists", "/programs/hsi-forensic-interview-specialists");
        assertThat(page.select("#hotlines-heading + ul a")).extracting(a -> a.attr("href"))
            .containsExactly("/hotlines/hsi-tip-line");
        assertThat(page.select("#task-forces-heading + ul a")).extracting(a -> a.attr("href"))
            .contains("/task-forces/acteams", "/task-forces/hsi-human-trafficking-task-forces");
        assertThat(page.select(".tag-list a")).extracting(Element::text).contains("Prosecution", "Protection");
    }

    @Test
    void shouldShowReliefTheAgencyHandles() {
        Document page = pages.get("/agencies/uscis");
        assertThat(page.select("#relief-heading + ul a")).extracting(a -> a.attr("href"))
            .contains("/immigration-relief/t-nonimmigrant-status", "/immigration-relief/u-nonimmigrant-status");
    }

    @Test
    void shouldListEveryAgencyInTheIndex() {
        Document page = pages.get("/agencies");
        assertThat(page.select(".tree a")).extracting(a -> a.attr("href").replace("/agencies/", ""))
            .containsExactlyInAnyOrderElementsOf(jdbc.queryForList("SELECT slug FROM component", String.class));
    }

    @Test
    void shouldShowTheCorrectionOfTheSources() {
        Document page = pages.get("/agencies/niosh");
        assertThat(page.select(".usa-breadcrumb a")).extracting(a -> a.attr("href"))
            .containsExactly("/", "/departments/hhs", "/agencies/cdc");
        assertThat(page.selectFirst(".usa-summary-box").text()).contains("Department of Labor");
    }

    @Test
    void shouldAnswer404ForAnUnknownAgency() {
        pages.getWithStatus("/agencies/area-51", 404);
    }

}
