package org.antitrafficking.directory.search;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.antitrafficking.directory.support.PageTest;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class SearchPageTest extends PageTest {

    @ParameterizedTest(name = "{0} finds {1} first")
    @CsvSource({ "HSI, /agencies/hsi", "CBP, /agencies/cbp", "OVC, /agencies/ovc", "CCHT, /agencies/ccht",
            "ILAB, /agencies/ilab", "NIOSH, /agencies/niosh", "PITF, /task-forces/pitf" })
    void shouldFindARecordByItsAcronymFirst(String acronym, String href) {
        Document page = search(acronym);
        assertThat(firstHitOfItsGroup(page, href)).as("first hit in the group of %s", href).isEqualTo(href);
    }

    @ParameterizedTest(name = "{0} ranks {1} first of all")
    @CsvSource({ "hsi, /agencies/hsi", "ice, /agencies/ice", "fbi, /agencies/fbi",
            "Homeland Security Investigations, /agencies/hsi" })
    void shouldRankTheRecordWhoseAcronymOrNameIsTheWholeQueryFirstOfAll(String query, String href) {
        assertThat(hrefs(search(query))).as("hits for %s", query).first().isEqualTo(href);
    }

    /**
     * What visitors type, and the record each must put first of all: a name or alternate
     * name that holds the whole query, one-letter designations and acronyms included,
     * outranks any number of mentions.
     */
    @ParameterizedTest(name = "{0} ranks {1} first of all")
    @CsvSource({ "U visa, /immigration-relief/u-nonimmigrant-status",
            "u visa, /immigration-relief/u-nonimmigrant-status", "T visa, /immigration-relief/t-nonimmigrant-status",
            "U nonimmigrant status, /immigration-relief/u-nonimmigrant-status",
            "continued presence, /immigration-relief/continued-presence", "tip line, /hotlines/hsi-tip-line",
            "hotline, /hotlines/national-human-trafficking-hotline",
            "national hotline, /hotlines/national-human-trafficking-hotline",
            "trafficking hotline, /hotlines/national-human-trafficking-hotline",
            "trafficing hotline, /hotlines/national-human-trafficking-hotline",
            "VAWA, /immigration-relief/vawa-benefits", "CCHT, /agencies/ccht", "blue campaign, /programs/blue-campaign",
            "Custums and Border Protection, /agencies/cbp" })
    void shouldPutFirstTheRecordVisitorsAskFor(String query, String href) {
        assertThat(hrefs(search(query))).as("hits for %s", query).first().isEqualTo(href);
    }

    @Test
    void shouldFindTheTipOfficeAndReportByTip() {
        assertThat(hrefs(search("TIP"))).contains("/agencies/tip-office", "/programs/tip-report");
    }

    @Test
    void shouldRankTheRecordNamedForTheWordsFirstAndGroupByKind() {
        Document page = search("blue campaign");
        assertThat(page.select("section h2")).extracting(Element::text).first().asString().startsWith("Programs");
        assertThat(hrefs(page).get(0)).isEqualTo("/programs/blue-campaign");
    }

    @Test
    void shouldMatchWordPrefixes() {
        assertThat(hrefs(search("traff"))).contains("/hotlines/national-human-trafficking-hotline");
        assertThat(hrefs(search("investigat"))).contains("/agencies/hsi");
        assertThat(hrefs(search("immigr relief"))).contains("/immigration-relief/t-nonimmigrant-status");
    }

    @Test
    void shouldStillFindRecordsWhenAWordIsMisspelled() {
        Document customs = search("Custums");
        assertThat(customs.selectFirst("main [role=status]").text()).contains("Nothing matched “Custums”")
            .contains("“customs”");
        assertThat(hrefs(customs)).contains("/agencies/cbp", "/agencies/ice");

        Document trafficking = search("trafficing hotline");
        assertThat(hrefs(trafficking)).contains("/hotlines/national-human-trafficking-hotline");
    }

    @Test
    void shouldHighlightTheMatchingWords() {
        Document page = search("forced labor");
        assertThat(page.select("mark")).isNotEmpty()
            .allSatisfy(mark -> assertThat(mark.text().toLowerCase()).matches("forc\\w*|labor\\w*"));
    }

    @Test
    void shouldNotLetMarkupInTheQueryIntoThePage() {
        Document page = search("<script>alert(1)</script>");
        assertThat(page.select("main script")).isEmpty();
        assertThat(page.selectFirst("#search-field").val()).isEqualTo("<script>alert(1)</script>");
    }

    @Test
    void shouldSayWhenNothingMatches() {
        Document page = search("zebra xylophone");
        assertThat(page.selectFirst("main [role=status]").text()).contains("No results");
        assertThat(page.select(".usa-alert a[href=/hotlines]")).hasSize(1);
    }

    @Test
    void shouldShowJustTheFormWithoutAQuery() {
        Document page = pages.get("/search");
        assertThat(page.select("#search-field")).hasSize(1);
        assertThat(page.select("main [role=status]")).isEmpty();
    }

    @Test
    void shouldRefuseAnOverlongQuery() {
        Document page = pages.getWithStatus("/search?q=" + "a".repeat(201), 400);
        assertThat(page.selectFirst("main").text()).contains("at most 200 characters");
    }

    private Document search(String query) {
        return pages.get("/search?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8).replace("+", "%20"));
    }

    private static List<String> hrefs(Document page) {
        return page.select("main .record-list h3 a").stream().map(a -> a.attr("href")).toList();
    }

    private static String firstHitOfItsGroup(Document page, String href) {
        for (Element group : page.select("main section")) {
            List<String> groupHrefs = group.select(".record-list h3 a").stream().map(a -> a.attr("href")).toList();
            if (groupHrefs.contains(href)) {
                return groupHrefs.get(0);
            }
        }
        return null;
    }

}
