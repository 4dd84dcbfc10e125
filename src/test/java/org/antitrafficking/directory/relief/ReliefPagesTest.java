package org.antitrafficking.directory.relief;

import org.antitrafficking.directory.support.PageTest;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ReliefPagesTest extends PageTest {

    @Test
    void shouldCompareTheFormsOfReliefSideBySide() {
        Document page = pages.get("/immigration-relief");
        assertThat(page.select("table thead th")).extracting(Element::text).containsExactly(
                "T nonimmigrant status (T visa)", "U nonimmigrant status (U visa)", "Continued Presence (CP)",
                "Special Immigrant Juvenile classification (SIJ)", "Violence Against Women Act benefits (VAWA)");
        assertThat(page.select("table tbody th")).extracting(Element::text)
            .containsExactly("Handled by", "For whom", "Who asks for it", "What it gives");
        Element askedBy = page.select("table tbody tr").get(2);
        assertThat(askedBy.select("td").get(2).text()).startsWith("Law enforcement");
        assertThat(askedBy.select("td").get(0).text()).isEqualTo("Not stated in the sources");
    }

    @Test
    void shouldShowWhoHandlesEachFormAndWhereSourcesDisagree() {
        Document page = pages.get("/immigration-relief/continued-presence");
        assertThat(page.select(".facts a")).extracting(a -> a.attr("href"))
            .contains("/agencies/ccht", "/agencies/uscis", "/departments/dhs");
        assertThat(page.selectFirst(".usa-summary-box").text()).contains("USCIS processes Continued Presence");
    }

    @Test
    void shouldAnswer404ForAnUnknownFormOfRelief() {
        pages.getWithStatus("/immigration-relief/golden-ticket", 404);
    }
}
