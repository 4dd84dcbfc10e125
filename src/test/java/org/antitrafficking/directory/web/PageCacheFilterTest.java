package org.antitrafficking.directory.web;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiConsumer;
import java.util.zip.GZIPInputStream;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.antitrafficking.directory.DirectoryProperties;
import org.antitrafficking.directory.readmodel.load.SmallDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.http.HttpHeaders;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The page cache filter without Spring: the ETag of the data version, If-None-Match
 * compared weakly, kept pages sent without rendering, and nothing kept that is an error,
 * carries a visitor's words, comes with a cookie or credentials, sets a cookie, starts a
 * session, calls itself private or is not one of the public routes.
 */
class PageCacheFilterTest {

    private static final String PAGE_CACHE_CONTROL = "public, max-age=300, s-maxage=120, stale-while-revalidate=300, "
            + "stale-if-error=86400";

    private static final String BODY = "<p>A page of the directory.</p>".repeat(64);

    private final DirectoryProperties properties = new Binder(
            new MapConfigurationPropertySource(Map.of("directory.http.shared-max-age", "120s")))
        .bindOrCreate("directory", DirectoryProperties.class);

    private final EntityTags tags = EntityTagsTest.built("2026-11-30T08:00:00Z");

    private final PageCache cache = new PageCache(properties);

    private final PageCacheFilter filter = new PageCacheFilter(SmallDirectory.readModel(), tags, cache, properties);

    private final String etag = tags.of(SmallDirectory.VERSION, SiteLanguage.ENGLISH);

    private final AtomicInteger renders = new AtomicInteger();

    private int status = HttpServletResponse.SC_OK;

    /** What the page does besides writing its body: sets a header, starts a session. */
    private BiConsumer<HttpServletRequest, HttpServletResponse> also = (request, response) -> {
    };

    @Test
    void shouldTagAPageWithTheDataVersionAndSayHowLongItMayBeKept() throws Exception {
        MockHttpServletResponse response = get("/hotlines");
        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getHeader(HttpHeaders.ETAG)).isEqualTo(etag);
        assertThat(response.getHeader(HttpHeaders.CACHE_CONTROL)).isEqualTo(PAGE_CACHE_CONTROL);
        assertThat(response.getHeader(HttpHeaders.VARY)).isEqualTo(HttpHeaders.ACCEPT_ENCODING);
        assertThat(response.getHeader(PageCacheFilter.NOT_FOR_PROXIES)).isNull();
        assertThat(response.getContentAsString()).isEqualTo(BODY);
        assertThat(filter.pageCacheControl()).isEqualTo(PAGE_CACHE_CONTROL);
    }

    @Test
    void shouldLetExportsBeKeptLongerButSharedCachesNoLessThanFiveMinutes() throws Exception {
        assertThat(get("/export/programs.csv").getHeader(HttpHeaders.CACHE_CONTROL))
            .isEqualTo("public, max-age=3600, s-maxage=300, stale-while-revalidate=3600, stale-if-error=86400");
    }

    @ParameterizedTest(name = "If-None-Match: {0}")
    @ValueSource(strings = { "ETAG", "OPAQUE", "W/OPAQUE", "\"stale\", ETAG", "*" })
    void shouldAnswer304AtOnceToAClientHoldingTheCurrentTag(String ifNoneMatch) throws Exception {
        String opaque = etag.substring(2);
        String header = ifNoneMatch.replace("W/OPAQUE", "W/" + opaque).replace("ETAG", etag).replace("OPAQUE", opaque);
        MockHttpServletResponse response = get("/hotlines", HttpHeaders.IF_NONE_MATCH, header);
        assertThat(response.getStatus()).isEqualTo(304);
        assertThat(response.getHeader(HttpHeaders.ETAG)).isEqualTo(etag);
        assertThat(response.getHeader(HttpHeaders.CACHE_CONTROL)).isEqualTo(PAGE_CACHE_CONTROL);
        assertThat(response.getContentAsByteArray()).isEmpty();
        assertThat(renders).as("nothing rendered").hasValue(0);
    }

    @ParameterizedTest(name = "If-None-Match: {0}")
    @ValueSource(strings = { "W/\"0123456789abcdef01234567\"", "\"stale\"", "", "W/" })
    void shouldRenderForATagThatIsNotTheCurrentOne(String ifNoneMatch) throws Exception {
        MockHttpServletResponse response = get("/hotlines", HttpHeaders.IF_NONE_MATCH, ifNoneMatch);
        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentAsString()).isEqualTo(BODY);
        assertThat(renders).hasValue(1);
    }

    @Test
    void shouldSendAKeptPageWithoutRenderingItAgainCompressedIfTheClientTakesIt() throws Exception {
        get("/hotlines");
        MockHttpServletResponse again = get("/hotlines", HttpHeaders.ACCEPT_ENCODING, "br, gzip");
        assertThat(renders).as("rendered once").hasValue(1);
        assertThat(again.getHeader(HttpHeaders.CONTENT_ENCODING)).isEqualTo("gzip");
        assertThat(again.getHeader(HttpHeaders.ETAG)).isEqualTo(etag);
        assertThat(gunzip(again.getContentAsByteArray())).isEqualTo(BODY);
        MockHttpServletResponse plain = get("/hotlines", HttpHeaders.ACCEPT_ENCODING, "gzip;q=0");
        assertThat(plain.getHeader(HttpHeaders.CONTENT_ENCODING)).isNull();
        assertThat(plain.getContentAsString()).isEqualTo(BODY);
        assertThat(cache.targets()).containsExactly("/hotlines");
    }

    @Test
    void shouldKeepOnePageHoweverItsParametersAreSpeltButLetProxiesKeepOnlyTheCanonicalOne() throws Exception {
        MockHttpServletResponse canonical = get("/programs?function=prevention&function=protection&page=2");
        assertThat(canonical.getHeader(PageCacheFilter.NOT_FOR_PROXIES)).isNull();
        MockHttpServletResponse other = get("/programs?page=02&function=protection&kind=&function=prevention");
        assertThat(renders).as("the kept page").hasValue(1);
        assertThat(other.getHeader(PageCacheFilter.NOT_FOR_PROXIES)).isEqualTo("0");
        assertThat(other.getContentAsString()).isEqualTo(BODY);
        assertThat(cache.targets()).containsExactly("/programs?function=prevention&function=protection&page=2");
    }

    @Test
    void shouldKeepNoErrorAndLetNoCacheKeepIt() throws Exception {
        status = HttpServletResponse.SC_NOT_FOUND;
        MockHttpServletResponse response = get("/hotlines/no-such-line");
        assertThat(response.getStatus()).isEqualTo(404);
        assertThat(response.getHeader(HttpHeaders.CACHE_CONTROL)).isEqualTo("no-store");
        assertThat(response.getHeader(HttpHeaders.ETAG)).isNull();
        get("/hotlines/no-such-line");
        assertThat(renders).hasValue(2);
        assertThat(cache.size()).isZero();
    }

    @Test
    void shouldRenderAVisitorsWordsForThemAloneEvenWhenTheyHoldTheTag() throws Exception {
        for (int attempt = 0; attempt < 2; attempt++) {
            assertSentForThisClientAlone(get("/search?q=visa", HttpHeaders.IF_NONE_MATCH, etag));
        }
        assertThat(renders).hasValue(2);
        assertThat(cache.size()).isZero();
        assertThat(filter.answersWithoutRendering(request("/search?q=visa"))).isFalse();
    }

    @Test
    void shouldTellTheAdmissionWhatItCanAnswerWithoutRendering() throws Exception {
        assertThat(filter.answersWithoutRendering(request("/hotlines"))).as("not kept yet").isFalse();
        get("/hotlines");
        assertThat(filter.answersWithoutRendering(request("/hotlines"))).isTrue();
        MockHttpServletRequest conditional = request("/departments");
        conditional.addHeader(HttpHeaders.IF_NONE_MATCH, etag);
        assertThat(filter.answersWithoutRendering(conditional)).as("a 304").isTrue();
        assertThat(filter.answersWithoutRendering(request("/assets/site.css"))).as("not the cache's").isFalse();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Cookie        | __Host-editor=4f1c9a
            Authorization | Basic ZWRpdG9yOnNlY3JldA==
            """)
    void shouldSendARequestWithACookieOrCredentialsStraightToTheApplication(String header, String value)
            throws Exception {
        get("/hotlines");
        MockHttpServletResponse response = get("/hotlines", header, value, HttpHeaders.IF_NONE_MATCH, etag);
        assertSentForThisClientAlone(response);
        assertThat(renders).as("rendered again, not sent as kept").hasValue(2);

        get("/departments", header, value);
        assertThat(cache.targets()).as("its answer is not kept").containsExactly("/hotlines");
        MockHttpServletRequest kept = request("/hotlines");
        kept.addHeader(header, value);
        assertThat(filter.answersWithoutRendering(kept)).isFalse();
    }

    @Test
    void shouldKeepAPageAskedForWithABlankCookieHeaderAsNginxDoes() throws Exception {
        get("/hotlines", HttpHeaders.COOKIE, "");
        assertThat(cache.targets()).containsExactly("/hotlines");
    }

    @Test
    void shouldKeepNoAnswerThatSetsACookieAndLetNoCacheKeepIt() throws Exception {
        also = (request, response) -> response.addCookie(new Cookie("tracker", "1"));
        for (int attempt = 0; attempt < 2; attempt++) {
            MockHttpServletResponse response = get("/hotlines");
            assertThat(response.getStatus()).isEqualTo(200);
            assertThat(response.getHeaders(HttpHeaders.SET_COOKIE)).hasSize(1);
            assertThat(response.getHeader(HttpHeaders.CACHE_CONTROL)).isEqualTo("no-store");
            assertThat(response.getHeader(PageCacheFilter.NOT_FOR_PROXIES)).isEqualTo("0");
            assertThat(response.getHeader(HttpHeaders.ETAG)).isNull();
            assertThat(response.getContentAsString()).isEqualTo(BODY);
        }
        assertThat(renders).hasValue(2);
        assertThat(cache.size()).isZero();
    }

    @Test
    void shouldKeepNoAnswerWhoseRequestStartedASession() throws Exception {
        also = (request, response) -> request.getSession(true);
        MockHttpServletResponse response = get("/hotlines");
        assertThat(response.getHeader(HttpHeaders.CACHE_CONTROL)).isEqualTo("no-store");
        assertThat(cache.size()).isZero();
    }

    @ParameterizedTest(name = "Cache-Control: {0}")
    @ValueSource(strings = { "private, max-age=60", "no-store", "max-age=0, No-Store", "private=\"Set-Cookie\"" })
    void shouldKeepNoAnswerTheApplicationCallsPrivateAndLeaveItsCacheControlAsItIs(String cacheControl)
            throws Exception {
        also = (request, response) -> response.setHeader(HttpHeaders.CACHE_CONTROL, cacheControl);
        MockHttpServletResponse response = get("/hotlines");
        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getHeader(HttpHeaders.CACHE_CONTROL)).isEqualTo(cacheControl);
        assertThat(response.getHeader(HttpHeaders.ETAG)).isNull();
        assertThat(response.getHeader(PageCacheFilter.NOT_FOR_PROXIES)).isEqualTo("0");
        get("/hotlines");
        assertThat(renders).hasValue(2);
        assertThat(cache.size()).isZero();
    }

    /**
     * The editors' area is left to itself: Spring Security sends its no-store, and the
     * filter neither keeps nor answers anything there.
     */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = { "/editor", "/editor/", "/editor/sign-in", "/editor/programs/blue-campaign",
            "/editor/queue?page=2", "/%65ditor/", "/editor;x=1/", "//editor" })
    void shouldKeepNothingOfTheEditorsArea(String uri) throws Exception {
        for (int attempt = 0; attempt < 2; attempt++) {
            MockHttpServletResponse response = get(uri);
            assertThat(response.getHeader(HttpHeaders.ETAG)).isNull();
        }
        assertThat(renders).hasValue(2);
        assertThat(cache.size()).isZero();
        MockHttpServletRequest conditional = request(uri);
        conditional.addHeader(HttpHeaders.IF_NONE_MATCH, etag);
        assertThat(filter.answersWithoutRendering(conditional)).as("no 304 either").isFalse();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = { "/programs/blue-campaign/suggest", "/hotlines/hsi-tip-line/suggest", "/suggestions",
            "/suggestions/thanks", "/no-such-page", "/api/v2/programs", "/api/v1/editor", "/programsx", "/hotlines/",
            "/export/secrets.txt" })
    void shouldKeepNothingOfARouteThatIsNotPublic(String uri) throws Exception {
        for (int attempt = 0; attempt < 2; attempt++) {
            assertSentForThisClientAlone(get(uri));
        }
        assertThat(renders).hasValue(2);
        assertThat(cache.size()).isZero();
        MockHttpServletRequest conditional = request(uri);
        conditional.addHeader(HttpHeaders.IF_NONE_MATCH, etag);
        assertThat(filter.answersWithoutRendering(conditional)).as("no 304 either").isFalse();
    }

    @ParameterizedTest(name = "Accept-Encoding: {0} -> {1}")
    @CsvSource(delimiter = '|', nullValues = "NONE", textBlock = """
            gzip                | true
            GZip                | true
            br, gzip;q=0.8      | true
            gzip;q=0            | false
            gzip; q=0.000       | false
            deflate, br         | false
            NONE                | false
            """)
    void shouldSendGzipOnlyToAClientThatTakesIt(String acceptEncoding, boolean gzip) {
        MockHttpServletRequest request = request("/");
        if (acceptEncoding != null) {
            request.addHeader(HttpHeaders.ACCEPT_ENCODING, acceptEncoding);
        }
        assertThat(KeptPageWriter.acceptsGzip(request)).isEqualTo(gzip);
    }

    /**
     * A 200 rendered for its client alone: the page, with no ETag, kept by no browser and
     * no proxy.
     */
    private static void assertSentForThisClientAlone(MockHttpServletResponse response) throws IOException {
        assertThat(response.getStatus()).as("rendered, not a 304").isEqualTo(200);
        assertThat(response.getContentAsString()).isEqualTo(BODY);
        assertThat(response.getHeader(HttpHeaders.CACHE_CONTROL)).isEqualTo("no-store");
        assertThat(response.getHeader(PageCacheFilter.NOT_FOR_PROXIES)).isEqualTo("0");
        assertThat(response.getHeader(HttpHeaders.ETAG)).isNull();
    }

    private MockHttpServletResponse get(String uri, String... header) throws ServletException, IOException {
        MockHttpServletRequest request = request(uri);
        for (int i = 0; i < header.length; i += 2) {
            request.addHeader(header[i], header[i + 1]);
        }
        MockHttpServletResponse response = new MockHttpServletResponse();
        filter.doFilter(request, response, new MockFilterChain(new Page()));
        return response;
    }

    /** A GET of {@code uri}, its parameters parsed as a servlet container parses them. */
    private static MockHttpServletRequest request(String uri) {
        int question = uri.indexOf('?');
        MockHttpServletRequest request = new MockHttpServletRequest("GET",
                (question < 0) ? uri : uri.substring(0, question));
        if (question >= 0) {
            String query = uri.substring(question + 1);
            request.setQueryString(query);
            for (String pair : query.split("&")) {
                String[] parts = pair.split("=", 2);
                request.addParameter(parts[0], (parts.length > 1) ? parts[1] : "");
            }
        }
        return request;
    }

    private static String gunzip(byte[] body) throws IOException {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(body))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** What a controller and its template would write, counted. */
    private final class Page extends HttpServlet {

        @Override
        protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
            renders.incrementAndGet();
            response.setStatus(status);
            also.accept(request, response);
            response.setContentType("text/html;charset=UTF-8");
            response.getWriter().write(BODY);
        }

    }

}
