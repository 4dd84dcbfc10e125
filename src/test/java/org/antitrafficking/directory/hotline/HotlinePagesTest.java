package org.antitrafficking.directory.hotline;

import java.util.List;
import java.util.Map;

import org.antitrafficking.directory.support.PageTest;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class HotlinePagesTest extends PageTest {

    @Test
    void shouldShowEveryChannelOfEveryLineWithTheRightLink() {
        Document page = pages.get("/hotlines");
        List<Map<String, Object>> channels = jdbc.queryForList("SELECT kind, display_value, dial, url FROM hotline_channel");
        for (Map<String, Object> channel : channels) {
            String href = switch ((String) channel.get("kind")) {
                case "voice", "tty" -> "tel:" + channel.get("dial");
                case "text" -> "sms:" + channel.get("dial");
                default -> (String) channel.get("url");
            };
            assertThat(page.select(".hotline-card a.channel__value[href=" + href + "]"))
                .as("link for %s", channel.get("display_value"))
                .extracting(Element::text).contains((String) channel.get("display_value"));
        }
    }

    @Test
    void shouldSayWhoAnswersAndWhetherItIsLawEnforcementOrAnonymous() {
        Element tipLine = pages.get("/hotlines").selectFirst("#hsi-tip-line");
        assertThat(tipLine.select(".facts").text()).contains("Answered by").contains("Homeland Security Investigations (HSI)")
            .contains("Yes: it goes to law enforcement").contains("Anonymous tips Accepted").contains("24/7");
    }

    @Test
    void shouldCompareTheLinesInATable() {
        Document page = pages.get("/hotlines");
        assertThat(page.select("#which-line ~ div table tbody tr")).hasSize(
                jdbc.queryForObject("SELECT count(*) FROM hotline", Integer.class));
        assertThat(page.select("table th[scope=col]")).extracting(Element::text).contains("Use it to", "Law enforcement line");
    }

    @Test
    void shouldFilterLinesByPurpose() {
        Document page = pages.get("/hotlines?purpose=report-tip");
        assertThat(page.select(".hotline-cards > li .hotline-card")).extracting(Element::id)
            .containsExactly("hsi-tip-line", "fbi-tips");
        assertThat(page.selectFirst(".filter-chips [aria-current=page]").text()).isEqualTo("Report a tip");
        assertThat(pages.getWithStatus("/hotlines?purpose=gossip", 400).selectFirst("main").text())
            .contains("no purpose called “gossip”");
    }

    @Test
    void shouldShowEachChannelsSourceOnTheLinePage() {
        Document page = pages.get("/hotlines/hsi-tip-line");
        assertThat(page.selectFirst("h1").text()).isEqualTo("HSI Tip Line");
        assertThat(page.select(".channel a[href=/sources/federal-agencies-fsap]")).hasSize(1);
        assertThat(page.select(".channel a[href=/sources/official-contact-information]")).hasSize(4);
        assertThat(page.selectFirst(".provenance .usa-summary-box").text()).contains("HSI Tip Line");
    }

    @Test
    void shouldAnswer404ForAnUnknownLine() {
        pages.getWithStatus("/hotlines/ghostbusters", 404);
    }
}
