package org.antitrafficking.directory.web;

import org.antitrafficking.directory.support.Pages;
import org.antitrafficking.directory.support.WebTest;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The safety page covers what a person at risk needs to know before and after a visit.
 */
@WebTest
class SafetyPageTest {

    @Autowired
    MockMvcTester mvc;

    Document page;

    @BeforeEach
    void open() {
        page = new Pages(mvc).get("/safety");
    }

    @Test
    void shouldExplainTheQuickExitAsItWorks() {
        assertThat(section("quick-exit")).contains("three times within 5 seconds")
            .contains("Exit this page")
            .contains("Back");
    }

    @Test
    void shouldExplainHowToRemoveOnlyThisVisitRatherThanTheWholeHistory() {
        assertThat(section("one-entry")).contains("Ctrl+H")
            .contains("Cmd+Y")
            .contains("Android")
            .contains("iPhone")
            .contains("Shift+Delete");
        assertThat(page.select("h2").eachAttr("id")).containsSubsequence("one-entry", "history");
    }

    @Test
    void shouldCoverPrivateWindowsSharedDevicesAndWhatNoneOfItCanStop() {
        assertThat(section("private")).contains("private window").contains("internet provider");
        assertThat(section("shared")).contains("signed in").contains("call log");
        assertThat(section("limits")).contains("spyware").contains("stalkerware");
    }

    /**
     * Neither SUPPLEMENT.md nor the five documents say that hotline advocates make safety
     * plans.
     */
    @Test
    void shouldPromiseNothingAboutSafetyPlansThatNoSourceStates() {
        assertThat(page.text()).doesNotContainIgnoringCase("plan for your safety")
            .doesNotContainIgnoringCase("safety plan");
    }

    /** The text of a section: its heading and everything up to the next heading. */
    private String section(String id) {
        StringBuilder text = new StringBuilder();
        for (var element = page.getElementById(id); element != null; element = element.nextElementSibling()) {
            if (element.tagName().equals("h2") && !element.id().equals(id)) {
                break;
            }
            text.append(element.text()).append('\n');
        }
        assertThat(text).as("section #%s", id).isNotEmpty();
        return text.toString();
    }

}
