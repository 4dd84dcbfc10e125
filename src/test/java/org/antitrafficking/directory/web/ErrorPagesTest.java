package org.antitrafficking.directory.web;

import org.antitrafficking.directory.support.Pages;
import org.antitrafficking.directory.support.WebTest;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

@WebTest
@ExtendWith(OutputCaptureExtension.class)
class ErrorPagesTest {

    @Autowired
    MockMvcTester mvc;

    @Test
    void shouldAnswerAnUnknownAddressWithA404PageInTheLayout(CapturedOutput output) {
        Document page = new Pages(mvc).getWithStatus("/no/such/page", 404);
        assertThat(page.selectFirst("h1").text()).isEqualTo("We could not find that page");
        assertThat(page.select("[data-quick-exit]")).extracting(a -> a.attr("href"))
            .containsExactly("https://www.google.com/", "https://www.google.com/");
        assertThat(page.select("footer")).hasSize(1);
        assertThat(output.getOut()).contains("404 /no/such/page").doesNotContain("\tat org.");
        assertThatItOffersHelp(page);
    }

    @Test
    void shouldOfferHelpOnThePageOfARecordThatDoesNotExist() {
        assertThatItOffersHelp(new Pages(mvc).getWithStatus("/hotlines/no-such-line", 404));
    }

    /**
     * Someone who did not find a page may have been looking for help: 911 and the line
     * for help come first, with numbers that dial.
     */
    private static void assertThatItOffersHelp(Document page) {
        assertThat(page.select("main .urgent a[href^=tel:]")).extracting(a -> a.attr("href"))
            .contains("tel:911", "tel:+18883737888");
    }

    @Test
    void shouldExplainABadValueWithoutAStackTrace(CapturedOutput output) {
        int before = output.getOut().length();
        Document page = new Pages(mvc).getWithStatus("/programs?kind=%3Cb%3Ebold%3C%2Fb%3E", 400);
        assertThat(page.selectFirst("h1").text()).isEqualTo("We could not understand that request");
        assertThat(page.selectFirst("main").text()).contains("no kind of program called “<b>bold</b>”");
        assertThat(page.select("main b")).isEmpty();
        assertThat(page.select("[data-quick-exit]")).extracting(a -> a.attr("href"))
            .containsExactly("https://www.google.com/", "https://www.google.com/");
        assertThat(output.getOut().substring(before)).contains("400 /programs [kind]")
            .doesNotContain("Exception")
            .doesNotContain("\tat org.")
            .doesNotContain("bold");
        assertThatItOffersHelp(page);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({ "/programs?department=whistleblower&q=visa, '/programs [department, q]'",
            "/api/v1/programs?department=whistleblower, '/api/v1/programs [department]'",
            "/api/v1/search?q=whistleblower&whistleblower=1, '/api/v1/search [q, whistleblower]'" })
    void shouldLogWhichParametersARefusedRequestHadButNotWhatTheySaid(String uri, String logged,
            CapturedOutput output) {
        int before = output.getOut().length();
        assertThat(mvc.get().uri(uri).exchange()).hasStatus(400);
        String log = output.getOut().substring(before);
        assertThat(log).contains("400 " + logged).doesNotContain("visa");
        assertThat(log.replace("[q, whistleblower]", "")).doesNotContain("whistleblower");
    }

    @Test
    void shouldNotLogTheWordsOfASearchTooLongToRun(CapturedOutput output) {
        String words = "hiding from my partner ".repeat(40);
        int before = output.getOut().length();
        assertThat(mvc.get().uri("/search").param("q", words).exchange()).hasStatus(400);
        assertThat(output.getOut().substring(before)).contains("400 /search [q]").doesNotContain("partner");
    }

}
