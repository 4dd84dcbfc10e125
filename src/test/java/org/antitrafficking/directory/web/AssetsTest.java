package org.antitrafficking.directory.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.zip.GZIPOutputStream;

import org.antitrafficking.directory.support.Pages;
import org.antitrafficking.directory.support.WebTest;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The stylesheet and script come from the app itself, at content-hashed URLs cached for a
 * year.
 */
@WebTest
class AssetsTest {

    /** USWDS compiled with only the components the pages use; about 15 KB is the aim. */
    private static final int STYLESHEET_BUDGET_GZIPPED = 18 * 1024;

    @Autowired
    MockMvcTester mvc;

    @Test
    void shouldServeFingerprintedAssetsForALongTime() {
        Pages pages = new Pages(mvc);
        Document home = pages.get("/");
        String stylesheet = home.selectFirst("link[rel=stylesheet]").attr("href");
        String script = home.selectFirst("script[src]").attr("src");
        assertThat(stylesheet).matches("/assets/site-[0-9a-f]{32}\\.css");
        assertThat(script).matches("/assets/site-[0-9a-f]{32}\\.js");
        for (String asset : new String[] { stylesheet, script }) {
            MockHttpServletResponse response = pages.exchange(asset).getResponse();
            assertThat(response.getStatus()).isEqualTo(200);
            assertThat(response.getHeader("Cache-Control")).contains("max-age=31536000").contains("immutable");
        }
    }

    @Test
    void shouldKeepTheStylesheetSmall() throws IOException {
        Pages pages = new Pages(mvc);
        String stylesheet = pages.get("/").selectFirst("link[rel=stylesheet]").attr("href");
        byte[] css = pages.exchange(stylesheet).getResponse().getContentAsByteArray();
        ByteArrayOutputStream gzipped = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(gzipped)) {
            gzip.write(css);
        }
        assertThat(css.length).isGreaterThan(10_000);
        assertThat(gzipped.size()).isLessThan(STYLESHEET_BUDGET_GZIPPED);
    }

    @Test
    void shouldServeTheImagesTheStylesheetUses() {
        Pages pages = new Pages(mvc);
        assertThat(pages.exchange("/assets/img/usa-icons-bg/search--white.svg").getResponse().getStatus())
            .isEqualTo(200);
        assertThat(pages.exchange("/assets/img/usa-icons/error.svg").getResponse().getStatus()).isEqualTo(200);
    }

    @Test
    void shouldServeTheFaviconAtItsHashedAddressAndAtTheConventionalOne() {
        Pages pages = new Pages(mvc);
        String icon = pages.get("/").selectFirst("link[rel=icon]").attr("href");
        for (String address : new String[] { icon, "/favicon.ico" }) {
            MockHttpServletResponse response = pages.exchange(address).getResponse();
            assertThat(response.getStatus()).as(address).isEqualTo(200);
            assertThat(response.getContentAsByteArray()).as("an icon file").startsWith(0, 0, 1, 0);
            assertThat(response.getHeader("Cache-Control")).as(address).startsWith("max-age=");
        }
    }

}
