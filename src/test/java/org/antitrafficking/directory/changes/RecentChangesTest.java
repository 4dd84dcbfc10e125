package org.antitrafficking.directory.changes;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import javax.xml.parsers.DocumentBuilderFactory;

import org.antitrafficking.directory.support.WebSlice;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.w3c.dom.NodeList;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The "Recent changes" page and its Atom feed, on the small directory, whose tip line was
 * corrected twice and whose campaign gained a website.
 */
@WebSlice(ChangesController.class)
@Import(AtomFeed.class)
class RecentChangesTest {

    @Autowired
    MockMvcTester mvc;

    @Test
    void shouldListEveryChangeNewestFirstWithItsRecordFieldValuesReasonAndSource() throws Exception {
        MvcTestResult result = mvc.get().uri("/changes").exchange();
        assertThat(result).hasStatusOk();
        Document page = Jsoup.parse(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
        assertThat(page.select("tbody tr")).hasSize(3);
        Element newest = page.selectFirst("tbody tr");
        assertThat(newest.select("td")).extracting(Element::text)
            .containsExactly("20 November 2026", "HSI Tip Line", "Hours", "24 hours", "24 hours a day",
                    "As the source writes it.", "DHS in Action: Human Trafficking");
        assertThat(newest.select("a")).extracting(a -> a.attr("href"))
            .containsExactly("/hotlines/hsi-tip-line", "/sources/dhs-in-action");
        assertThat(page.select("tbody tr:nth-child(2) td")).extracting(Element::text)
            .contains("Blue Campaign", "Website", "(none)", "https://www.dhs.gov/blue-campaign");
        assertThat(page.select("a[href=/changes.atom]")).hasSize(1);
    }

    @Test
    void shouldWriteTheDatesTheSpanishWayOnTheSpanishPage() throws Exception {
        MvcTestResult result = mvc.get().uri("/es/changes").exchange();
        assertThat(result).hasStatusOk();
        Document page = Jsoup.parse(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
        assertThat(page.select("tbody tr td:first-child time")).extracting(Element::text)
            .first()
            .isEqualTo("20 de noviembre de 2026");
        assertThat(page.select("tbody tr td:first-child time")).extracting(time -> time.attr("datetime"))
            .first()
            .isEqualTo("2026-11-20");
        assertThat(page.select("a[href=/es/hotlines/hsi-tip-line]")).isNotEmpty();
    }

    @Test
    void shouldPublishTheSameChangesAsAnAtomFeed() throws Exception {
        MvcTestResult result = mvc.get().uri("/changes.atom").exchange();
        assertThat(result).hasStatusOk();
        assertThat(result.getResponse().getContentType()).startsWith("application/atom+xml");
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        org.w3c.dom.Document feed = factory.newDocumentBuilder()
            .parse(new ByteArrayInputStream(result.getResponse().getContentAsByteArray()));
        assertThat(feed.getDocumentElement().getNamespaceURI()).isEqualTo("http://www.w3.org/2005/Atom");
        assertThat(text(feed, "updated", 0)).isEqualTo("2026-11-20T10:30:00Z");
        NodeList entries = feed.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "entry");
        assertThat(entries.getLength()).isEqualTo(3);
        assertThat(text(feed, "title", 1)).isEqualTo("HSI Tip Line: Hours changed");
        assertThat(text(feed, "summary", 0))
            .isEqualTo("Hours was “24 hours” and is now “24 hours a day”. Why: As the source writes it. "
                    + "Source: DHS in Action: Human Trafficking.");
        assertThat(text(feed, "id", 1)).endsWith("/hotlines/hsi-tip-line#change-3-hours");
        assertThat(text(feed, "name", 0)).as("credited to the editors as a body").isEqualTo("The directory's editors");
    }

    private static String text(org.w3c.dom.Document feed, String element, int index) {
        return feed.getElementsByTagNameNS("http://www.w3.org/2005/Atom", element).item(index).getTextContent();
    }

}
