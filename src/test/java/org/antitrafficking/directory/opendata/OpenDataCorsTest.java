package org.antitrafficking.directory.opendata;

import org.antitrafficking.directory.support.PageTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.http.HttpHeaders;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Other sites' pages may read the open data from the browser, as the HSDS API reference
 * asks, and nothing else: never with credentials, never a page, a form or the editors'
 * screens.
 */
class OpenDataCorsTest extends PageTest {

    private static final String ORIGIN = "https://community.example.org";

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = { "/api/v1/hotlines", "/api/v1/programs/blue-campaign",
            "/api/v1/programs?function=prevention", "/hsds", "/hsds/services", "/export/hotlines.csv",
            "/export/directory.zip", "/export/open-referral.zip", "/data.json", "/v3/api-docs", "/v3/api-docs/hsds",
            "/api/v1/agencies/no-such-agency" })
    void shouldLetAnySitesScriptReadTheOpenDataWithoutCredentials(String uri) {
        for (int attempt = 0; attempt < 2; attempt++) {
            // The second answer comes from the page cache, and says the same.
            MockHttpServletResponse response = mvc.get()
                .uri(uri)
                .header(HttpHeaders.ORIGIN, ORIGIN)
                .exchange()
                .getResponse();
            assertThat(response.getStatus()).as(uri).isIn(200, 404);
            assertThat(response.getHeader(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN)).as(uri).isEqualTo("*");
            assertThat(response.getHeader(HttpHeaders.ACCESS_CONTROL_ALLOW_CREDENTIALS)).as(uri).isNull();
            assertThat(response.getHeader(HttpHeaders.ACCESS_CONTROL_EXPOSE_HEADERS)).as(uri).contains("ETag");
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = { "/api/v1/hotlines", "/hsds/services", "/export/programs.csv", "/data.json" })
    void shouldAnswerAPreflightAtOnce(String uri) {
        MockHttpServletResponse response = mvc.options()
            .uri(uri)
            .header(HttpHeaders.ORIGIN, ORIGIN)
            .header(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD, "GET")
            .header(HttpHeaders.ACCESS_CONTROL_REQUEST_HEADERS, "If-None-Match, Accept-Language")
            .exchange()
            .getResponse();
        assertThat(response.getStatus()).isEqualTo(204);
        assertThat(response.getHeader(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN)).isEqualTo("*");
        assertThat(response.getHeader(HttpHeaders.ACCESS_CONTROL_ALLOW_METHODS)).isEqualTo("GET, HEAD, OPTIONS");
        assertThat(response.getHeader(HttpHeaders.ACCESS_CONTROL_ALLOW_HEADERS))
            .isEqualTo("If-None-Match, Accept-Language");
        assertThat(response.getHeader(HttpHeaders.ACCESS_CONTROL_MAX_AGE)).isEqualTo("86400");
        assertThat(response.getHeader(HttpHeaders.ACCESS_CONTROL_ALLOW_CREDENTIALS)).isNull();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = { "/", "/hotlines", "/programs?function=prevention", "/search?q=visa", "/safety",
            "/sitemap.xml", "/actuator/health", "/exports-look-alike", "/api/v2/anything" })
    void shouldLetNoOtherSiteReadAnythingElse(String uri) {
        MockHttpServletResponse response = mvc.get()
            .uri(uri)
            .header(HttpHeaders.ORIGIN, ORIGIN)
            .exchange()
            .getResponse();
        assertThat(response.getHeader(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN)).as(uri).isNull();
    }

}
