package org.antitrafficking.directory.hotline;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.antitrafficking.directory.support.WebSlice;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A record page's "Last checked by a person", distinct from "Last changed", and its
 * public history, on the small directory: the tip line was checked once and corrected
 * twice; 911 was never touched, so its page claims no check.
 */
@WebSlice(HotlineController.class)
@Import(HotlineService.class)
class HotlineHistoryTest {

    @Autowired
    MockMvcTester mvc;

    @Test
    void shouldShowWhenAPersonLastCheckedTheLineAndWhenItLastChanged() throws Exception {
        Document page = page("/hotlines/hsi-tip-line");
        assertThat(page.select(".record-dates dt")).extracting(Element::text)
            .containsExactly("Last checked by a person", "Last changed");
        assertThat(page.select(".record-dates dd")).extracting(Element::text)
            .containsExactly("10 November 2026, against DHS in Action: Human Trafficking", "20 November 2026");
        assertThat(page.select(".record-dates time")).extracting(time -> time.attr("datetime"))
            .containsExactly("2026-11-10", "2026-11-20");
    }

    @Test
    void shouldShowEveryChangeNewestFirstWithBeforeAfterReasonAndSource() throws Exception {
        Document page = page("/hotlines/hsi-tip-line");
        assertThat(page.select(".record-history tbody tr")).extracting(row -> row.select("td").eachText())
            .containsExactly(
                    List.of("20 November 2026", "Hours", "24 hours", "24 hours a day", "As the source writes it.",
                            "DHS in Action: Human Trafficking"),
                    List.of("2 November 2026", "Hours", "Weekdays", "24 hours a day", "The source gives the hours.",
                            "DHS in Action: Human Trafficking"));
    }

    @Test
    void shouldClaimNoCheckForALineNobodyHasCheckedAndNameTheSourcesItCameFrom() throws Exception {
        Document page = page("/hotlines/emergency-911");
        assertThat(page.select(".record-dates dd")).extracting(Element::text)
            .containsExactly(
                    "Not yet checked by a person since it was taken from its sources: About the Blue Campaign (2025).",
                    "Not changed since it was taken from its sources.");
        assertThat(page.select(".record-history table")).isEmpty();
        assertThat(page.select(".record-history .usa-alert")).as("nothing claims a check is overdue").isEmpty();
    }

    private Document page(String path) throws Exception {
        MvcTestResult result = mvc.get().uri(path).exchange();
        assertThat(result).hasStatusOk();
        return Jsoup.parse(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
    }

}
