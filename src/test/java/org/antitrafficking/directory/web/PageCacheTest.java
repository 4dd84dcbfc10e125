package org.antitrafficking.directory.web;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.zip.GZIPInputStream;

import org.antitrafficking.directory.support.PageTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A page asked for again is sent as it was kept, without reaching a controller or a
 * template; MockMvc shows that as a result without a handler.
 */
class PageCacheTest extends PageTest {

    @Autowired
    PageCache cache;

    @BeforeEach
    void emptyTheCache() {
        cache.clear();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = { "/", "/departments/dhs", "/programs?function=protection", "/hotlines", "/api/v1/programs",
            "/export/programs.csv", "/sitemap.xml" })
    void shouldRenderAPageOnceAndSendItAsKeptAfterwards(String uri) throws Exception {
        MvcResult first = pages.exchange(uri).getMvcResult();
        assertThat(first.getResponse().getStatus()).isEqualTo(200);
        assertThat(first.getHandler()).as("the first request is rendered").isNotNull();

        MvcResult repeat = pages.exchange(uri).getMvcResult();
        assertThat(repeat.getResponse().getStatus()).isEqualTo(200);
        assertThat(repeat.getHandler()).as("the repeat is sent from the cache").isNull();
        assertThat(repeat.getResponse().getContentAsByteArray()).isEqualTo(first.getResponse().getContentAsByteArray());
        assertThat(repeat.getResponse().getContentType()).isEqualTo(first.getResponse().getContentType());
        assertThat(repeat.getResponse().getHeader(HttpHeaders.CACHE_CONTROL))
            .isEqualTo(first.getResponse().getHeader(HttpHeaders.CACHE_CONTROL));
    }

    @Test
    void shouldKeepTheCompressedBodyAndSendItToClientsThatTakeGzip() throws IOException {
        byte[] plain = pages.exchange("/hotlines").getResponse().getContentAsByteArray();
        MockHttpServletResponse gzipped = mvc.get()
            .uri("/hotlines")
            .header(HttpHeaders.ACCEPT_ENCODING, "gzip, br")
            .exchange()
            .getResponse();
        assertThat(gzipped.getHeader(HttpHeaders.CONTENT_ENCODING)).isEqualTo("gzip");
        assertThat(gzipped.getHeader(HttpHeaders.VARY)).isEqualTo(HttpHeaders.ACCEPT_ENCODING);
        byte[] compressed = gzipped.getContentAsByteArray();
        assertThat(compressed.length).isLessThan(plain.length / 3);
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(compressed))) {
            assertThat(in.readAllBytes()).isEqualTo(plain);
        }
        MockHttpServletResponse refused = mvc.get()
            .uri("/hotlines")
            .header(HttpHeaders.ACCEPT_ENCODING, "gzip;q=0")
            .exchange()
            .getResponse();
        assertThat(refused.getHeader(HttpHeaders.CONTENT_ENCODING)).isNull();
        assertThat(refused.getContentAsByteArray()).isEqualTo(plain);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = { "/sitemap.xml", "/v3/api-docs", "/robots.txt" })
    void shouldNeverAnswerOneHostWithAResponseRenderedForAnother(String uri) throws Exception {
        String forged = mvc.get()
            .uri(uri)
            .header(HttpHeaders.HOST, "evil.example")
            .exchange()
            .getResponse()
            .getContentAsString();
        assertThat(forged).as("built from the host the request named").contains("evil.example");

        String own = pages.exchange(uri).getResponse().getContentAsString();
        assertThat(own).contains("localhost").doesNotContain("evil.example");
    }

    @Test
    void shouldAnswerAConditionalRequestWithoutRendering() {
        String etag = pages.exchange("/task-forces").getResponse().getHeader(HttpHeaders.ETAG);
        cache.clear();
        MvcResult conditional = mvc.get()
            .uri("/task-forces")
            .header(HttpHeaders.IF_NONE_MATCH, etag)
            .exchange()
            .getMvcResult();
        assertThat(conditional.getResponse().getStatus()).isEqualTo(304);
        assertThat(conditional.getHandler()).isNull();
    }

    @Test
    void shouldNeverKeepAnError() {
        assertThat(pages.exchange("/agencies/area-51").getMvcResult().getHandler()).isNotNull();
        MvcResult again = pages.exchange("/agencies/area-51").getMvcResult();
        assertThat(again.getResponse().getStatus()).isEqualTo(404);
        assertThat(again.getHandler()).isNotNull();
    }

    /**
     * A visitor's search words stay in no cache, this one included: a heap dump would
     * show them.
     */
    @Test
    void shouldKeepNoSearchHereNorLetABrowserKeepIt() {
        pages.exchange("/search?q=labor");
        MvcResult again = pages.exchange("/search?q=labor").getMvcResult();
        assertThat(again.getHandler()).as("searched again, not sent as kept").isNotNull();
        assertThat(again.getResponse().getHeader(HttpHeaders.CACHE_CONTROL)).isEqualTo("no-store");
        assertThat(again.getResponse().getHeader(HttpHeaders.ETAG)).isNull();
        assertThat(cache.size()).isZero();
    }

    @Test
    void shouldKeepPagesForEachSiteAddressApart() throws IOException {
        String local = mvc.get().uri("/sitemap.xml").exchange().getResponse().getContentAsString();
        String other = mvc.get()
            .uri("https://directory.example.org/sitemap.xml")
            .exchange()
            .getResponse()
            .getContentAsString();
        assertThat(local).contains("<loc>http://localhost/").doesNotContain("directory.example.org");
        assertThat(other).contains("<loc>https://directory.example.org").doesNotContain("localhost");
    }

}
