package org.antitrafficking.directory.suggestion;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.mock.web.MockHttpServletRequest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A suggestion is taken only from this site's own form: Sec-Fetch-Site when the browser
 * sends it, else Origin, else Referer; a client that sends none of them is let through.
 */
class SameOriginTest {

    private static final String SITE = "https://directory.example.org";

    @ParameterizedTest(name = "Sec-Fetch-Site: {0} -> {1}")
    @CsvSource({ "same-origin, true", "SAME-ORIGIN, true", "same-site, false", "cross-site, false", "none, false",
            "'', false", "nonsense, false" })
    void shouldBelieveSecFetchSiteWhenItIsSent(String fetchSite, boolean allowed) {
        assertThat(SameOrigin.allows(fetchSite, SITE, SITE + "/suggest/hotline/x", SITE)).isEqualTo(allowed);
    }

    @Test
    void shouldNotLetAMatchingOriginOverruleSecFetchSite() {
        assertThat(SameOrigin.allows("cross-site", SITE, null, SITE)).isFalse();
        assertThat(SameOrigin.allows("same-origin", "https://attacker.example", null, SITE)).isTrue();
    }

    @ParameterizedTest(name = "Origin: {0} -> {1}")
    @CsvSource({ "https://directory.example.org, true", "https://DIRECTORY.example.org, true",
            "https://directory.example.org:443, true", "https://directory.example.org/, true",
            "http://directory.example.org, false", "https://directory.example.org:8443, false",
            "https://directory.example.org.attacker.example, false", "https://attacker.example, false",
            "https://user@directory.example.org, false", "null, false", "'', false", "not a url, false" })
    void shouldCheckTheOriginWithoutSecFetchSite(String origin, boolean allowed) {
        assertThat(SameOrigin.allows(null, origin, null, SITE)).isEqualTo(allowed);
    }

    @ParameterizedTest(name = "Referer: {0} -> {1}")
    @CsvSource({ "https://directory.example.org/suggest/hotline/x?field=hours, true",
            "https://directory.example.org.attacker.example/suggest, false", "https://attacker.example/, false" })
    void shouldCheckTheRefererWithoutOrigin(String referer, boolean allowed) {
        assertThat(SameOrigin.allows(null, null, referer, SITE)).isEqualTo(allowed);
    }

    @Test
    void shouldLetThroughAClientThatSendsNoneOfThem() {
        assertThat(SameOrigin.allows(null, null, null, SITE)).isTrue();
    }

    @Test
    void shouldTakeTheSitesOriginFromTheRequestWithItsPortOnlyWhereItIsNotTheSchemes() {
        assertThat(SameOrigin.originOf("https", "directory.example.org", 443)).isEqualTo(SITE);
        assertThat(SameOrigin.originOf("http", "localhost", 8080)).isEqualTo("http://localhost:8080");
        assertThat(SameOrigin.originOf("HTTP", "LOCALHOST", 80)).isEqualTo("http://localhost");
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/suggest/hotline/x");
        request.setServerName("localhost");
        request.setServerPort(8181);
        request.addHeader("Origin", "http://localhost:8181");
        assertThat(SameOrigin.allows(request)).isTrue();
        request.addHeader("Sec-Fetch-Site", "cross-site");
        assertThat(SameOrigin.allows(request)).isFalse();
    }

}
