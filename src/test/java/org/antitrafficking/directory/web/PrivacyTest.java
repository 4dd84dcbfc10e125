package org.antitrafficking.directory.web;

import java.util.List;

import org.antitrafficking.directory.support.Pages;
import org.antitrafficking.directory.support.WebTest;
import org.jsoup.nodes.Document;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * No public page sets a cookie, tells other sites where a visitor came from, or loads
 * anything from them.
 */
@WebTest
class PrivacyTest {

    @Autowired
    MockMvcTester mvc;

    @ParameterizedTest
    @ValueSource(strings = { "/", "/hotlines", "/hotlines/hsi-tip-line", "/departments", "/departments/dhs",
            "/agencies", "/agencies/hsi", "/programs?function=prosecution", "/programs/blue-campaign", "/task-forces",
            "/task-forces/pitf", "/immigration-relief", "/immigration-relief/t-nonimmigrant-status", "/sources",
            "/sources/dhs-in-action", "/search?q=hsi", "/safety", "/agencies/unknown", "/programs?function=unknown",
            "/es/", "/es/hotlines/hsi-tip-line", "/es/search?q=visa", "/es/programs?function=unknown",
            "/es/no/such/page" })
    void shouldSetNoCookieAndLoadNothingFromElsewhere(String path) {
        MockHttpServletResponse response = new Pages(mvc).exchange(path).getResponse();
        assertThat(response.getHeaders("Set-Cookie")).isEmpty();
        assertThat(response.getCookies()).isEmpty();
        assertThat(response.getHeader("Referrer-Policy")).isEqualTo("no-referrer");
        assertThat(response.getHeader("Content-Security-Policy")).contains("default-src 'none'")
            .contains("script-src 'self'")
            .doesNotContain("http");

        Document page = new Pages(mvc).getWithStatus(path, response.getStatus());
        assertThat(page.select("link[rel=alternate]")).extracting(link -> link.attr("href"))
            .allSatisfy(url -> assertThat(url).startsWith("http://localhost/"));
        List<String> loaded = page
            .select("script[src], link[href]:not([rel=alternate]), img[src], iframe, source[src], video, audio")
            .stream()
            .map(element -> element.hasAttr("src") ? element.attr("src") : element.attr("href"))
            .toList();
        assertThat(loaded).isNotEmpty().allSatisfy(url -> assertThat(url).startsWith("/assets/"));
        assertThat(page.select("meta[name=referrer]")).extracting(meta -> meta.attr("content"))
            .containsExactly("no-referrer");
    }

}
