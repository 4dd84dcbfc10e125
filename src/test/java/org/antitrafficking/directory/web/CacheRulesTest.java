package org.antitrafficking.directory.web;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.http.HttpHeaders;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Which routes the page cache may keep: the public pages, API, HSDS, exports and site
 * files; never the editors' area, a suggestion form or an address no controller answers.
 */
class CacheRulesTest {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = { "/", "/hotlines", "/hotlines/hsi-tip-line", "/departments/dhs", "/agencies", "/programs",
            "/programs/blue-campaign", "/task-forces/pitf", "/immigration-relief/t-visa", "/functions",
            "/functions/prosecution", "/sources/dhs-in-action", "/search", "/safety", "/open-data", "/changes",
            "/changes.atom", "/sitemap.xml", "/robots.txt", "/data.json", "/api/v1/programs",
            "/api/v1/hotlines/hsi-tip-line", "/api/v1/search", "/api/v1/immigration-relief", "/hsds", "/hsds/",
            "/hsds/services", "/hsds/taxonomy_terms/abc", "/export/programs.csv", "/export/hotline-channels.csv",
            "/export/directory.zip", "/export/open-referral.zip", "/v3/api-docs", "/v3/api-docs/hsds",
            "/v3/api-docs.yaml", "/v3/api-docs.yaml/v1" })
    void shouldKeepThePublicRoutes(String path) {
        assertThat(CacheRules.isKeptRoute(path)).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = { "/editor", "/editor/", "/editor/sign-in", "/editor/programs/blue-campaign",
            "/editor/export/programs.csv", "/programs/blue-campaign/suggest", "/hotlines/hsi-tip-line/suggest",
            "/api/v1/programs/blue-campaign/suggest", "/suggestions", "/suggest", "/hotlines/", "/programsx",
            "/api/v1/editor", "/api/v1", "/api/v2/programs", "/hsds/services/x/y", "/export/secrets.txt", "/export/",
            "/v3/api-docs/hsds/x", "/error", "/actuator/health", "/swagger-ui.html", "", "/%zz" })
    void shouldKeepNoOtherRoute(String path) {
        assertThat(CacheRules.isKeptRoute(path)).isFalse();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', nullValues = "NONE", textBlock = """
            NONE          | NONE                 | false
            Cookie        | ''                   | false
            Cookie        | __Host-editor=4f1c9a | true
            Authorization | Bearer abc           | true
            Authorization | '  '                 | false
            """)
    void shouldTellARequestWithACookieOrCredentials(String header, String value, boolean carries) {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/hotlines");
        if (header != null) {
            request.addHeader(header, value);
        }
        assertThat(CacheRules.carriesCredentials(request)).isEqualTo(carries);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "NONE", textBlock = """
            NONE                                 | false
            public, max-age=300                  | false
            no-cache                             | false
            private                              | true
            PRIVATE, max-age=60                  | true
            max-age=0,no-store                   | true
            private="Set-Cookie", max-age=60     | true
            """)
    void shouldTellAnAnswerThatCallsItselfPrivate(String cacheControl, boolean forbids) {
        MockHttpServletResponse response = new MockHttpServletResponse();
        if (cacheControl != null) {
            response.setHeader(HttpHeaders.CACHE_CONTROL, cacheControl);
        }
        assertThat(CacheRules.forbidsKeeping(new MockHttpServletRequest(), response)).isEqualTo(forbids);
    }

}
