package org.antitrafficking.directory.support;

import java.net.URI;
import java.nio.charset.StandardCharsets;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpHeaders;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What every refusal of the site looks like, checked once for the slices: a 404 or 400
 * page in the site's layout, with both quick-exit links and the ways on (hotlines, home),
 * or an RFC 9457 problem for the API; kept by no cache either way.
 */
public final class ErrorAnswers {

    /** Where the quick exit leaves for, as application.properties sets it. */
    public static final String QUICK_EXIT_URL = "https://www.google.com/";

    /** What the 404 page says for a page of a record that does not exist. */
    private static final String NO_RECORD = "There is nothing at this address in the directory (%s). "
            + "The link may be out of date, or the name in it mistyped.";

    /** What the 400 page and the API say of an unknown function. */
    public static final String UNKNOWN_FUNCTION = "There is no function called “rescue”. "
            + "Choose prevention, protection, prosecution or partnership.";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final MockMvcTester mvc;

    public ErrorAnswers(MockMvcTester mvc) {
        this.mvc = mvc;
    }

    /**
     * The 404 page at {@code uri}, which must be the site's; returns what its lead says.
     */
    public String notFoundPage(String uri) {
        Document page = page(uri, 404);
        assertThat(page.selectFirst("h1").text()).isEqualTo("We could not find that page");
        assertThat(page.select("main a")).extracting(link -> link.attr("href")).contains("/hotlines", "/search", "/");
        return page.selectFirst("main .lead").text();
    }

    /**
     * What the 404 page of a missing record says, the kind named as the page names it
     * ("Agency or office").
     */
    public static String noRecord(String kind) {
        return NO_RECORD.formatted(kind);
    }

    /** The 400 page at {@code uri}; returns what it says was wrong. */
    public String badRequestPage(String uri) {
        Document page = page(uri, 400);
        assertThat(page.selectFirst("h1").text()).isEqualTo("We could not understand that request");
        assertThat(page.select("main a")).extracting(link -> link.attr("href")).contains("/hotlines", "/");
        return page.selectFirst("main .lead").text();
    }

    /**
     * The problem detail at {@code uri}, with {@code status}; returns its detail.
     */
    public String problem(String uri, int status) {
        MockHttpServletResponse response = exchange(uri);
        assertThat(response.getStatus()).as("status of %s", uri).isEqualTo(status);
        assertThat(response.getContentType()).as("content type of %s", uri).isEqualTo("application/problem+json");
        assertNotKept(uri, response);
        JsonNode problem = JSON.readTree(body(response));
        assertThat(problem.get("status").asInt()).isEqualTo(status);
        assertThat(problem.get("title").asString()).isEqualTo((status == 404) ? "Not Found" : "Bad Request");
        assertThat(problem.get("instance").asString()).isEqualTo(URI.create(uri).getRawPath());
        return problem.get("detail").asString();
    }

    /** The answer to {@code uri}, which must already be encoded as a browser sends it. */
    public MockHttpServletResponse exchange(String uri) {
        return mvc.get().uri(URI.create(uri)).exchange().getResponse();
    }

    /** The body of the answer to {@code uri}, as text. */
    public String body(String uri) {
        return body(exchange(uri));
    }

    private Document page(String uri, int status) {
        MockHttpServletResponse response = exchange(uri);
        assertThat(response.getStatus()).as("status of %s", uri).isEqualTo(status);
        assertThat(response.getContentType()).as("content type of %s", uri).isEqualTo("text/html;charset=UTF-8");
        assertNotKept(uri, response);
        Document page = Jsoup.parse(body(response), "http://localhost" + uri);
        assertThat(page.select("[data-quick-exit]")).as("the quick exit of %s", uri)
            .extracting(link -> link.attr("href"))
            .containsExactly(QUICK_EXIT_URL, QUICK_EXIT_URL);
        assertThat(page.select("footer")).hasSize(1);
        return page;
    }

    private static void assertNotKept(String uri, MockHttpServletResponse response) {
        assertThat(response.getHeader(HttpHeaders.CACHE_CONTROL)).as("Cache-Control of %s", uri).isEqualTo("no-store");
        assertThat(response.getHeader(HttpHeaders.ETAG)).as("ETag of %s", uri).isNull();
    }

    private static String body(MockHttpServletResponse response) {
        return new String(response.getContentAsByteArray(), StandardCharsets.UTF_8);
    }

}
