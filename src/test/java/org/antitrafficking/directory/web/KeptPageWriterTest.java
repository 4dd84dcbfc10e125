package org.antitrafficking.directory.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.http.HttpHeaders;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;

class KeptPageWriterTest {

    private static final byte[] PLAIN = "<p>hotlines</p>".getBytes(StandardCharsets.UTF_8);

    private static final byte[] GZIPPED = { 31, -117, 8, 0 };

    private static final PageCache.Page PAGE = new PageCache.Page("text/html;charset=UTF-8",
            Map.of(HttpHeaders.ETAG, "W/\"v1\"", HttpHeaders.CACHE_CONTROL, "public"), PLAIN, GZIPPED);

    @Test
    void shouldTakeGzipOnlyWhenNamedAndNotRefused() {
        assertThat(KeptPageWriter.acceptsGzip(accepting("gzip, deflate, br"))).isTrue();
        assertThat(KeptPageWriter.acceptsGzip(accepting("br;q=1.0, GZIP;q=0.5"))).isTrue();
        assertThat(KeptPageWriter.acceptsGzip(accepting(null))).isFalse();
        assertThat(KeptPageWriter.acceptsGzip(accepting("br, deflate"))).isFalse();
        assertThat(KeptPageWriter.acceptsGzip(accepting("gzip;q=0"))).isFalse();
        assertThat(KeptPageWriter.acceptsGzip(accepting("gzip; q=0.000"))).isFalse();
        assertThat(KeptPageWriter.acceptsGzip(accepting("gzip;q=0.001"))).isTrue();
    }

    @Test
    void shouldSendTheCompressedCopyToAClientThatTakesGzip() throws IOException {
        MockHttpServletResponse response = new MockHttpServletResponse();
        KeptPageWriter.send(PAGE, accepting("gzip"), response);
        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getHeader(HttpHeaders.CONTENT_ENCODING)).isEqualTo("gzip");
        assertThat(response.getHeader(HttpHeaders.VARY)).isEqualTo(HttpHeaders.ACCEPT_ENCODING);
        assertThat(response.getHeader(HttpHeaders.ETAG)).isEqualTo("W/\"v1\"");
        assertThat(response.getContentAsByteArray()).isEqualTo(GZIPPED);
        assertThat(response.getContentLength()).isEqualTo(GZIPPED.length);
    }

    @Test
    void shouldSendThePlainBodyToAClientThatDoesNotAndNoBodyForHead() throws IOException {
        MockHttpServletResponse plain = new MockHttpServletResponse();
        KeptPageWriter.send(PAGE, accepting(null), plain);
        assertThat(plain.getHeader(HttpHeaders.CONTENT_ENCODING)).isNull();
        assertThat(plain.getHeader(HttpHeaders.VARY)).isEqualTo(HttpHeaders.ACCEPT_ENCODING);
        assertThat(plain.getContentAsByteArray()).isEqualTo(PLAIN);

        MockHttpServletRequest head = accepting(null);
        head.setMethod("HEAD");
        MockHttpServletResponse headResponse = new MockHttpServletResponse();
        KeptPageWriter.send(PAGE, head, headResponse);
        assertThat(headResponse.getContentLength()).isEqualTo(PLAIN.length);
        assertThat(headResponse.getContentAsByteArray()).isEmpty();
    }

    @Test
    void shouldNotVaryABodyThatIsNeverCompressed() throws IOException {
        PageCache.Page zip = new PageCache.Page("application/zip", Map.of(), PLAIN, null);
        MockHttpServletResponse response = new MockHttpServletResponse();
        KeptPageWriter.send(zip, accepting("gzip"), response);
        assertThat(response.getHeader(HttpHeaders.VARY)).isNull();
        assertThat(response.getHeader(HttpHeaders.CONTENT_ENCODING)).isNull();
        assertThat(response.getContentAsByteArray()).isEqualTo(PLAIN);
    }

    @Test
    void shouldAnswer304WithTheEtagAndCacheControlAndNoBody() {
        PageLookup.Lookup lookup = new PageLookup.Lookup("W/\"v1\"", "public, max-age=300", null, true, true, null);
        MockHttpServletResponse response = new MockHttpServletResponse();
        KeptPageWriter.notModified(lookup, response);
        assertThat(response.getStatus()).isEqualTo(304);
        assertThat(response.getHeader(HttpHeaders.ETAG)).isEqualTo("W/\"v1\"");
        assertThat(response.getHeader(HttpHeaders.CACHE_CONTROL)).isEqualTo("public, max-age=300");
        assertThat(response.getContentAsByteArray()).isEmpty();
    }

    private static MockHttpServletRequest accepting(String encodings) {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/hotlines");
        if (encodings != null) {
            request.addHeader(HttpHeaders.ACCEPT_ENCODING, encodings);
        }
        return request;
    }

}
