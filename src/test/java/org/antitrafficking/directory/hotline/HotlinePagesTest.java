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
        List<Map<String, Object>> channels = jdbc
            .queryForList("SELECT kind, display_value, dial, url FROM hotline_channel");
        for (Map<String, Object> channel : channels) {
            String href = switch ((String) channel.get("kind")) {
                case "voice", "tty" -> "tel:" + channel.get("dial");
                case "text" -> "sms:" + channel.get("dial");
                default -> (String) channel.get("url");
            };
            assertThat(page.select(".hotline-card a.channel__value[href=" + href + "]"))
                .as("link for %s", channel.get("display_value"))
                .extracting(Element::text)
                .contains((String) channel.get("display_value"));
        }
    }

    @Test
    void shouldSayWhoAnswersAndWhetherItIsLawEnforcementOrAnonymous() {
        Element tipLine = pages.get("/hotlines").selectFirst("#hsi-tip-line");
        assertThat(tipLine.select(".facts").text()).contains("Answered by")
            .contains("Homeland Security Investigations (HSI)")
            .contains("Goes to law enforcement Yes.")
            .contains("Anonymous tips Accepted")
            .contains("24/7");
        assertThat(tipLine.select(".law-enforcement a[href=/sources/mission-89-federal-agencies]")).hasSize(1);
    }

    /**
     * What the national hotline's operator states, with its source, wherever the site
     * says it.
     */
    @Test
    void shouldSayWhenTheNationalHotlineTellsLawEnforcementAndWhoSaysSo() {
        String note = jdbc.queryForObject(
                "SELECT law_enforcement_note FROM hotline WHERE slug = 'national-human-trafficking-hotline'",
                String.class);
        String source = "/sources/hotline-operator-law-enforcement-statement";
        for (String path : List.of("/hotlines", "/", "/hotlines/national-human-trafficking-hotline")) {
            Document page = pages.get(path);
            Element line = page
                .selectFirst(path.startsWith("/hotlines/") ? "main .facts" : "#national-human-trafficking-hotline");
            Element fact = line.selectFirst(".law-enforcement");
            assertThat(fact.text()).as("on %s", path).startsWith("Only in some cases.").contains(note);
            assertThat(fact.select("a[href=" + source + "]")).as("the source on %s", path).hasSize(1);
            assertThat(page.text()).as("on %s", path)
                .doesNotContain("not a law-enforcement line")
                .doesNotContain("Law enforcement line No");
        }
        Element row = pages.get("/hotlines")
            .select("table.comparison-table tbody tr")
            .stream()
            .filter(tr -> tr.selectFirst("th").text().equals("National Human Trafficking Hotline"))
            .findFirst()
            .orElseThrow();
        assertThat(row.select("td[data-label=Goes to law enforcement]").text()).startsWith("Only in some cases.")
            .contains(note);
    }

    @Test
    void shouldNotSayWhetherALineGoesToLawEnforcementWhereNoSourceDoes() {
        Document page = pages.get("/hotlines");
        assertThat(page.selectFirst("#emergency-911 .facts").text()).doesNotContain("law enforcement");
        Element row = page.select("table.comparison-table tbody tr")
            .stream()
            .filter(tr -> tr.selectFirst("th").text().startsWith("Emergency services"))
            .findFirst()
            .orElseThrow();
        assertThat(row.select("td[data-label=Goes to law enforcement]").text()).isEqualTo("Not stated in the sources");
        assertThat(pages.get("/hotlines/emergency-911").select(".facts").text())
            .contains("Goes to law enforcement Not stated in the sources");
    }

    @Test
    void shouldCallTheNationalHotlinesSiteItsWebsiteNotAnOfficialOne() {
        Document page = pages.get("/hotlines/national-human-trafficking-hotline");
        assertThat(page.select(".facts").text()).contains("The hotline's website https://humantraffickinghotline.org")
            .doesNotContain("Official website");
    }

    @Test
    void shouldCompareTheLinesInATable() {
        Document page = pages.get("/hotlines");
        assertThat(page.select("#which-line ~ table tbody tr"))
            .hasSize(jdbc.queryForObject("SELECT count(*) FROM hotline", Integer.class));
        assertThat(page.select("table th[scope=col]")).extracting(Element::text)
            .contains("Use it to", "Goes to law enforcement");
        assertThat(page.select("#which-line ~ table td"))
            .allSatisfy(cell -> assertThat(cell.attr("data-label")).isNotBlank());
    }

    @Test
    void shouldPutTheNumbersToCallAndTextBeforeTheLinesDescription() {
        Element card = pages.get("/hotlines").selectFirst("#national-human-trafficking-hotline");
        assertThat(card.select("> *")).extracting(Element::tagName).containsSubsequence("ul", "p");
        assertThat(card.child(1).hasClass("channel-list")).isTrue();
    }

    @Test
    void shouldPut911AndTheNationalHotlinesNumbersFirstOnTheHomeAndHotlinesPages() {
        for (String path : List.of("/", "/hotlines")) {
            Element main = pages.get(path).selectFirst("main");
            Element urgent = main.selectFirst(".urgent");
            assertThat(urgent).as("on %s", path).isNotNull();
            assertThat(main.children().indexOf(urgent)).as("right under the heading on %s", path).isEqualTo(1);
            assertThat(urgent.select("a.channel__value")).extracting(link -> link.attr("href"))
                .containsExactly("tel:911", "tel:+18883737888", "sms:233733");
        }
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
