package org.antitrafficking.directory.web;

import org.antitrafficking.directory.support.Pages;
import org.antitrafficking.directory.support.WebTest;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.junit.jupiter.api.extension.ExtendWith;

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
        assertThat(page.select("[data-quick-exit]")).extracting(a -> a.attr("href")).containsExactly("https://www.google.com/");
        assertThat(page.select("footer")).hasSize(1);
        assertThat(output.getOut()).contains("404 /no/such/page").doesNotContain("\tat org.");
    }

    @Test
    void shouldExplainABadValueWithoutAStackTrace(CapturedOutput output) {
        Document page = new Pages(mvc).getWithStatus("/programs?kind=%3Cb%3Ebold%3C%2Fb%3E", 400);
        assertThat(page.selectFirst("h1").text()).isEqualTo("We could not understand that request");
        assertThat(page.selectFirst("main").text()).contains("no kind of program called “<b>bold</b>”");
        assertThat(page.select("main b")).isEmpty();
        assertThat(page.select("[data-quick-exit]")).extracting(a -> a.attr("href")).containsExactly("https://www.google.com/");
        assertThat(output.getOut()).contains("400 /programs").doesNotContain("Exception").doesNotContain("\tat org.");
    }
}
