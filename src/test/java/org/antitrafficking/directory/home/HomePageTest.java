package org.antitrafficking.directory.home;

import java.util.List;

import org.antitrafficking.directory.support.Pages;
import org.antitrafficking.directory.support.WebTest;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

@WebTest
class HomePageTest {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcTemplate jdbc;

    Document home;

    @BeforeEach
    void fetchHome() {
        home = new Pages(mvc).get("/");
    }

    @Test
    void shouldTellPeopleInImmediateDangerToCall911() {
        Element notice = home.selectFirst(".usa-alert--emergency");
        assertThat(notice).isNotNull();
        assertThat(notice.text()).contains("immediate danger");
        assertThat(notice.select("a[href=tel:911]")).extracting(Element::text).containsExactly("911");
    }

    @Test
    void shouldShowTheKeyLinesAsCardsWithWorkingCallAndTextLinks() {
        List<Element> cards = home.select(".hotline-card");
        assertThat(cards).extracting(card -> card.selectFirst("h3").text())
            .containsExactly("National Human Trafficking Hotline", "HSI Tip Line");
        assertThat(cards.get(0).select("a[href=tel:+18883737888]")).extracting(Element::text)
            .containsExactly("1-888-373-7888");
        assertThat(cards.get(0).select("a[href=sms:233733]")).extracting(Element::text).containsExactly("233733");
        assertThat(cards.get(1).select("a[href=tel:+18663472423]")).extracting(Element::text)
            .containsExactly("1-866-347-2423", "1-866-DHS-2-ICE");
    }

    @Test
    void shouldOfferASearchBoxAndThreePaths() {
        assertThat(home.select("main form[role=search][action=/search] input[name=q]")).hasSize(1);
        assertThat(home.select(".paths > li h3")).extracting(Element::text)
            .containsExactly("I need help", "I want to report something",
                    "I work with survivors or in law enforcement");
        assertThat(home.select(".paths a[href=/hotlines?purpose=get-help]")).hasSize(1);
        assertThat(home.select(".paths a[href=/hotlines?purpose=report-tip]")).hasSize(1);
    }

    @Test
    void shouldLinkToEveryDepartmentAndToEachFunction() {
        List<String> departmentSlugs = jdbc.queryForList("SELECT slug FROM department", String.class);
        for (String slug : departmentSlugs) {
            assertThat(home.select("a[href=/departments/" + slug + "]")).as("link to department %s", slug).isNotEmpty();
        }
        for (String function : List.of("prevention", "protection", "prosecution", "partnership")) {
            Integer programs = jdbc.queryForObject("SELECT count(*) FROM program_function WHERE function_slug = ?",
                    Integer.class, function);
            Integer agencies = jdbc.queryForObject("SELECT count(*) FROM component_function WHERE function_slug = ?",
                    Integer.class, function);
            Element link = home.selectFirst("a[href=/functions/" + function + "]");
            assertThat(link).as("link to %s", function).isNotNull();
            assertThat(link.parent().text()).contains(programs + " programs")
                .contains(agencies + " agencies and offices");
        }
    }

    @Test
    void shouldPutTheSecondaryExitLinkFirstAndTheQuickExitButtonInTheSafetyBar() {
        Element firstFocusable = home.body().selectFirst("a[href], button, input, select, textarea");
        assertThat(firstFocusable).isNotNull();
        assertThat(firstFocusable.hasAttr("data-quick-exit")).isTrue();
        assertThat(firstFocusable.text()).isEqualTo("Exit this page");
        assertThat(home.select(".safety-bar [data-quick-exit]")).extracting(Element::text)
            .containsExactly("Quick exit");
        assertThat(home.select("[data-quick-exit]")).hasSize(2)
            .allSatisfy(exit -> assertThat(exit.attr("rel")).isEqualTo("nofollow noreferrer"))
            .allSatisfy(exit -> assertThat(exit.attr("href"))
                .isEqualTo(home.selectFirst("html").attr("data-quick-exit-url")));
    }

    @Test
    void shouldLinkTheFaviconSoNoBrowserAsksForAMissingOne() {
        assertThat(home.select("link[rel=icon]")).extracting(link -> link.attr("href"))
            .singleElement()
            .asString()
            .matches("/assets/favicon-[0-9a-f]+\\.ico");
    }

}
