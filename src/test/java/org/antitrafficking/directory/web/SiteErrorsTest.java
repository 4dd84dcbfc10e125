package org.antitrafficking.directory.web;

import org.antitrafficking.directory.support.ErrorSliceTest;
import org.antitrafficking.directory.support.WebSlice;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.http.HttpHeaders;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The site's own answers to an address no page has, and to a page asked for with
 * parameters it does not take, with the web layer's filters and advices around the safety
 * page.
 */
@WebSlice(SafetyController.class)
class SiteErrorsTest extends ErrorSliceTest {

    @ParameterizedTest
    @ValueSource(strings = { "/no/such/page", "/agency", "/safety/more", "/x%0d%0aWARN%20FORGED" })
    void shouldAnswerAnUnknownAddressWithThe404PageInTheLayout(String uri) {
        assertThat(answers.notFoundPage(uri)).isEqualTo("The address may be mistyped, or the page may have moved.");
    }

    @Test
    void shouldKeepTheVisitsPrivacyHeadersOnAnError() {
        MockHttpServletResponse response = answers.exchange("/no/such/page");
        assertThat(response.getHeader("Referrer-Policy")).isEqualTo("no-referrer");
        assertThat(response.getHeader("Content-Security-Policy"))
            .isEqualTo(SecurityHeadersFilter.CONTENT_SECURITY_POLICY);
        assertThat(response.getHeader("X-Frame-Options")).isEqualTo("DENY");
        assertThat(response.getHeader("Access-Control-Allow-Origin")).as("not open data").isNull();
    }

    @Test
    void shouldSendAnAddressWithParametersThePageDoesNotTakeToTheAddressWithoutThem() {
        MockHttpServletResponse response = answers.exchange("/safety?utm_source=mail&fbclid=abc");
        assertThat(response.getStatus()).isEqualTo(301);
        assertThat(response.getHeader(HttpHeaders.LOCATION)).isEqualTo("/safety");
        assertThat(response.getHeader(HttpHeaders.CACHE_CONTROL)).isEqualTo("no-store");
    }

}
