package org.antitrafficking.directory.suggestion;

import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * Sends suggestion forms through MockMvc as a browser on this site would (with
 * {@code Sec-Fetch-Site: same-origin}), from a given client address, with a token handed
 * out long enough ago to be past the fill time.
 */
final class Submissions {

    static final String FORM = "/suggest/hotline/hsi-tip-line";

    private final MockMvcTester mvc;

    private final FormToken.Keys keys;

    Submissions(MockMvcTester mvc, FormToken.Keys keys) {
        this.mvc = mvc;
        this.keys = keys;
    }

    /** A token for the record, handed out ten seconds ago. */
    String filledToken(String kind, String slug) {
        return new FormToken(keys, Clock.offset(Clock.systemUTC(), Duration.ofSeconds(-10))).issue(kind, slug);
    }

    /** The fields of a good suggestion of new hours for the HSI Tip Line. */
    Map<String, String> goodHours(String proposed) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("field", "hours");
        fields.put("proposed", proposed);
        fields.put("evidence", "https://www.ice.gov/webform/hsi-tip-form");
        fields.put("reply", "");
        fields.put("homepage", "");
        fields.put("token", filledToken("hotline", "hsi-tip-line"));
        return fields;
    }

    /** Posts the fields to the form's address, from {@code address}, with the headers. */
    MvcTestResult post(String path, Map<String, String> fields, String address, String... headers) {
        var request = mvc.post().uri(path).with(sent -> {
            sent.setRemoteAddr(address);
            return sent;
        });
        fields.forEach((name, value) -> request.param(name, value));
        if (headers.length == 0) {
            request.header("Sec-Fetch-Site", "same-origin");
        }
        for (int i = 0; i + 1 < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return request.exchange();
    }

    static Document page(MvcTestResult result) {
        return Jsoup.parse(body(result.getResponse()), "http://localhost" + FORM);
    }

    static String body(MockHttpServletResponse response) {
        try {
            return response.getContentAsString(StandardCharsets.UTF_8);
        }
        catch (UnsupportedEncodingException ex) {
            throw new IllegalStateException(ex);
        }
    }

}
