package org.antitrafficking.directory.support;

import java.io.UnsupportedEncodingException;
import java.net.URI;
import java.nio.charset.StandardCharsets;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Fetches pages through MockMvc and parses them, so tests can look at them as a browser
 * would.
 */
public final class Pages {

    private final MockMvcTester mvc;

    public Pages(MockMvcTester mvc) {
        this.mvc = mvc;
    }

    /** The page at {@code uri}, which must answer 200 with HTML. */
    public Document get(String uri) {
        return getWithStatus(uri, 200);
    }

    /** The page at {@code uri}, which must answer with {@code status} and HTML. */
    public Document getWithStatus(String uri, int status) {
        MockHttpServletResponse response = exchange(uri).getResponse();
        assertThat(response.getStatus()).as("status of %s", uri).isEqualTo(status);
        assertThat(response.getContentType()).as("content type of %s", uri).startsWith("text/html");
        return Jsoup.parse(body(response), "http://localhost" + uri);
    }

    /** Answers {@code uri}, which must already be encoded as a browser would send it. */
    public MvcTestResult exchange(String uri) {
        return mvc.get().uri(URI.create(uri)).exchange();
    }

    private static String body(MockHttpServletResponse response) {
        try {
            return response.getContentAsString(StandardCharsets.UTF_8);
        }
        catch (UnsupportedEncodingException ex) {
            throw new IllegalStateException(ex);
        }
    }

}
