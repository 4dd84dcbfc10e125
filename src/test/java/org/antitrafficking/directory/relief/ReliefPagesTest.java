package org.antitrafficking.directory.relief;

import java.util.List;

import org.antitrafficking.directory.support.PageTest;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ReliefPagesTest extends PageTest {

    @Test
    void shouldCompareTheFormsOfReliefSideBySide() {
        Document page = pages.get("/immigration-relief");
        assertThat(page.select("table tbody th")).extracting(Element::text)
            .containsExactly("T nonimmigrant status (T visa)", "U nonimmigrant status (U visa)",
                    "Continued Presence (CP)", "Special Immigrant Juvenile classification (SIJ)",
                    "Violence Against Women Act self-petition (VAWA)");
        assertThat(page.select("table thead th")).extracting(Element::text)
            .containsExactly("Form of relief", "Handled by", "For whom", "Who asks for it", "Form to file",
                    "What it gives", "Yearly limit");
        List<String> forWhom = column(page, "For whom");
        assertThat(forWhom).as("who each form is for, type by type").doesNotHaveDuplicates();
        assertThat(forWhom.get(3)).contains("children under 21");
        assertThat(forWhom.get(4)).contains("spouse, child or parent");
        assertThat(column(page, "Who asks for it").get(2)).startsWith("Only federal law enforcement");
        assertThat(column(page, "Form to file")).containsExactly("Form I-914", "Form I-918",
                "None: the victim does not apply", "Form I-360", "Form I-360");
        assertThat(column(page, "Yearly limit")).containsExactly("5,000 principal T visas a year",
                "10,000 principal U visas a year", "Not stated in the sources", "Not stated in the sources",
                "Not stated in the sources");
    }

    @Test
    void shouldSayOnEveryReliefPageThatItIsNotLegalAdviceAndWarnAgainstNotarios() {
        List<String> pagesToCheck = new java.util.ArrayList<>(List.of("/immigration-relief"));
        jdbc.queryForList("SELECT slug FROM relief_type", String.class)
            .forEach(slug -> pagesToCheck.add("/immigration-relief/" + slug));
        for (String path : pagesToCheck) {
            String notice = pages.get(path).selectFirst("main .usa-alert--info").text();
            assertThat(notice).as("the notice on %s", path)
                .contains("not legal advice")
                .contains("licensed immigration attorney")
                .contains("accredited by the Department of Justice")
                .contains("notario");
        }
    }

    @Test
    void shouldShowWhoHandlesEachFormAndWhereSourcesDisagree() {
        Document page = pages.get("/immigration-relief/continued-presence");
        assertThat(page.select(".facts a")).extracting(a -> a.attr("href"))
            .contains("/agencies/ccht", "/agencies/ice", "/departments/dhs")
            .doesNotContain("/agencies/uscis");
        assertThat(page.select(".facts dd")).extracting(Element::text)
            .contains("U.S. Immigration and Customs Enforcement (ICE) (can request it for a victim)");
        assertThat(page.selectFirst(".usa-summary-box").text()).contains("USCIS \"processes\" Continued Presence");
    }

    /**
     * The cells of one column, a row for each form of relief, labelled as a phone shows
     * them.
     */
    private static List<String> column(Document page, String label) {
        return page.select("table tbody tr")
            .stream()
            .map(row -> row.selectFirst("td[data-label=" + label + "]").text())
            .toList();
    }

    @Test
    void shouldAnswer404ForAnUnknownFormOfRelief() {
        pages.getWithStatus("/immigration-relief/golden-ticket", 404);
    }

}
