package org.antitrafficking.directory.web;

import java.lang.reflect.Field;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.Semaphore;

import org.antitrafficking.directory.readmodel.ReadModel;
import org.antitrafficking.directory.support.PageTest;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpHeaders;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the site promises a visitor at risk, tested from outside: the words they type are
 * kept by no cache, written whole into no log and repeated at length on no page; an
 * address with parameters the page does not take is not a new page to build and keep; a
 * flood of searches cannot starve the pages.
 */
@ExtendWith(OutputCaptureExtension.class)
class VisitorProtectionTest extends PageTest {

    private static final String WORDS = "myhusbandhitsme";

    @Autowired
    PageCache cache;

    @Autowired
    ReadModel readModel;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping handlers;

    @BeforeEach
    void emptyTheCache() {
        cache.clear();
    }

    /**
     * Every route whose handler takes q or search, found from the handlers themselves,
     * not listed by hand.
     */
    @Test
    void shouldKeepAVisitorsWordsInNoCacheOnAnyRouteThatTakesThem() throws Exception {
        List<String> routes = new ArrayList<>();
        // Editors' pages are behind sign-in and kept by nothing: CacheRulesTest and
        // CookielessRoutesTest hold them to that.
        handlers.getHandlerMethods()
            .forEach((mapping, method) -> wordParameter(method).filter(name -> !path(mapping).startsWith("/editor"))
                .ifPresent(name -> routes.add(path(mapping) + "?" + name + "=" + WORDS)));
        assertThat(routes).contains("/search?q=" + WORDS, "/programs?q=" + WORDS, "/api/v1/search?q=" + WORDS,
                "/api/v1/programs?q=" + WORDS, "/hsds/services?search=" + WORDS, "/hsds/organizations?search=" + WORDS,
                "/hsds/taxonomies?search=" + WORDS, "/hsds/taxonomy_terms?search=" + WORDS);
        for (String route : routes) {
            for (int attempt = 0; attempt < 2; attempt++) {
                MockHttpServletResponse response = pages.exchange(route).getResponse();
                assertThat(response.getStatus()).as(route).isEqualTo(200);
                assertThat(response.getHeader(HttpHeaders.CACHE_CONTROL)).as(route).isEqualTo("no-store");
                assertThat(response.getHeader(HttpHeaders.ETAG)).as(route).isNull();
                assertThat(response.getHeader(PageCacheFilter.NOT_FOR_PROXIES)).as(route).isEqualTo("0");
            }
        }
        assertThat(cache.targets()).as("what the page cache holds").noneMatch(target -> target.contains(WORDS));
        assertThat(cache.size()).isZero();
        // A blank word box is no one's words: that page is kept like any other.
        assertThat(
                pages.exchange("/programs?q=&function=prevention").getResponse().getHeader(HttpHeaders.CACHE_CONTROL))
            .startsWith("public");
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({ "/export/directory.zip?x=1, /export/directory.zip",
            "/export/programs.csv?cachebuster=7, /export/programs.csv",
            "/programs?utm_source=mail&function=prevention&utm_campaign=x, /programs?function=prevention",
            "/hotlines/hsi-tip-line?fbclid=abc, /hotlines/hsi-tip-line", "/sitemap.xml?n=2, /sitemap.xml",
            "/?ref=share, /" })
    void shouldSendAnAddressWithParametersThePageDoesNotTakeToTheAddressWithoutThem(String uri, String target) {
        MockHttpServletResponse response = pages.exchange(uri).getResponse();
        assertThat(response.getStatus()).isEqualTo(301);
        assertThat(response.getHeader(HttpHeaders.LOCATION)).isEqualTo(target);
        assertThat(response.getHeader(HttpHeaders.CACHE_CONTROL)).isEqualTo("no-store");
        assertThat(cache.size()).as("nothing is kept for it").isZero();
    }

    @Test
    void shouldNotBuildTheExportAgainForEachNewParameter() {
        for (int i = 0; i < 50; i++) {
            assertThat(pages.exchange("/export/directory.zip?x=" + i).getResponse().getStatus()).isEqualTo(301);
        }
        assertThat(pages.exchange("/export/directory.zip").getMvcResult().getHandler()).as("rendered once").isNotNull();
        assertThat(pages.exchange("/export/directory.zip").getMvcResult().getHandler()).as("then kept").isNull();
        assertThat(cache.size()).isEqualTo(1);
    }

    @Test
    void shouldRefuseAParameterTheApiDoesNotTake() {
        MockHttpServletResponse response = pages.exchange("/api/v1/programs?x=1&function=prevention").getResponse();
        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(response.getContentType()).isEqualTo("application/problem+json");
    }

    /**
     * Parameters in another order, blank ones and numbers with leading zeros: one page,
     * one entry.
     */
    @Test
    void shouldKeepOnePageHoweverItsParametersAreSpelt() {
        String canonical = "/programs?department=dhs&function=prevention&function=protection&page=2";
        MockHttpServletResponse first = pages.exchange(canonical).getResponse();
        assertThat(first.getStatus()).isEqualTo(200);
        assertThat(first.getHeader(PageCacheFilter.NOT_FOR_PROXIES)).as("a proxy may keep the canonical address")
            .isNull();
        for (String other : List.of("/programs?function=protection&page=02&function=prevention&department=dhs",
                "/programs?kind=&department=dhs&q=&function=protection&function=prevention&page=2")) {
            MvcResult result = pages.exchange(other).getMvcResult();
            assertThat(result.getHandler()).as("%s is the kept page", other).isNull();
            assertThat(result.getResponse().getContentAsByteArray()).isEqualTo(first.getContentAsByteArray());
            assertThat(result.getResponse().getHeader(PageCacheFilter.NOT_FOR_PROXIES)).as("only one copy in a proxy")
                .isEqualTo("0");
        }
        assertThat(cache.size()).isEqualTo(1);
        // The page's own links are canonical, so a proxy keeps what visitors follow.
        assertThat(pages.get("/programs?function=protection&function=prevention").select("a[href^=/programs?]"))
            .extracting(link -> link.attr("href"))
            .isNotEmpty()
            .allSatisfy(href -> assertThat(CanonicalQuery.target("/programs", query(href))).isEqualTo(href));
    }

    @Test
    void shouldRepeatOnlyAShortEscapedPartOfAnInvalidValue() {
        String crafted = URLEncoder
            .encode("call 1-900-555-0100 now, the directory's new number", StandardCharsets.UTF_8)
            .replace("+", "%20");
        Document page = pages.getWithStatus("/hotlines?purpose=" + crafted, 400);
        String text = page.selectFirst("main").text();
        assertThat(text).doesNotContain("1-900-555-0100").doesNotContain("new number").contains("call 1-900-555-0…");
        assertThat(pages.getWithStatus("/hotlines?purpose=%3Cb%3Ebold%3C%2Fb%3E", 400).select("main b")).isEmpty();
        MockHttpServletResponse problem = pages.exchange("/api/v1/hotlines?purpose=" + crafted).getResponse();
        assertThat(problem.getStatus()).isEqualTo(400);
        assertThat(new String(problem.getContentAsByteArray(), StandardCharsets.UTF_8))
            .doesNotContain("1-900-555-0100");
    }

    /**
     * A %0d%0a in a slug or a parameter's name could once start a forged line in the log.
     */
    @Test
    void shouldWriteNoLineOfAVisitorsMakingIntoTheLog(CapturedOutput output) {
        pages.exchange("/agencies/x%0d%0aWARN%20FORGED%20entry");
        pages.exchange("/programs?department=%0d%0aWARN%20FORGED%20entry");
        pages.exchange("/api/v1/programs?na%0d%0aWARN%20FORGED%20me=1");
        pages.exchange("/api/v1/agencies/" + "long".repeat(200));
        assertThat(output.getAll().lines()).noneMatch(line -> line.startsWith("WARN FORGED"))
            .noneMatch(line -> line.contains("longlonglong".repeat(20)));
        assertThat(output.getAll()).contains("404 /agencies/x%0d%0aWARN%20FORGED%20entry")
            .contains("400 /api/v1/programs [na??WARN FORGED me]")
            .contains("400 /programs [department]")
            .contains("404 /api/v1/agencies/" + "long".repeat(20));
    }

    /**
     * Every search's work arrays held: a search waits a quarter of a second, then answers
     * 503, and pages go on.
     */
    @Test
    void shouldAnswerABusySearchWith503AndKeepServingThePages() throws Exception {
        Object index = readModel.snapshot().search();
        Field field = index.getClass().getDeclaredField("scoringPermits");
        field.setAccessible(true);
        Semaphore permits = (Semaphore) field.get(index);
        int held = permits.drainPermits();
        try {
            long start = System.nanoTime();
            MockHttpServletResponse page = pages.exchange("/search?q=visa").getResponse();
            assertThat((System.nanoTime() - start) / 1_000_000).as("ms the search waited").isLessThan(2000);
            assertThat(page.getStatus()).isEqualTo(503);
            assertThat(page.getHeader(HttpHeaders.RETRY_AFTER)).isEqualTo("1");
            assertThat(page.getContentAsString()).contains("Search is very busy").contains("1-888-373-7888");
            MockHttpServletResponse api = pages.exchange("/api/v1/search?q=visa").getResponse();
            assertThat(api.getStatus()).isEqualTo(503);
            assertThat(api.getContentType()).isEqualTo("application/problem+json");
            assertThat(pages.exchange("/hotlines").getResponse().getStatus()).isEqualTo(200);
        }
        finally {
            permits.release(held);
        }
        assertThat(pages.exchange("/search?q=visa").getResponse().getStatus()).isEqualTo(200);
    }

    @Test
    void shouldTellOutsidersOnlyWhetherTheSiteIsUp() throws Exception {
        MockHttpServletResponse health = pages.exchange("/actuator/health").getResponse();
        assertThat(health.getStatus()).isEqualTo(200);
        // The status, and the names of the probes' groups: nothing of what is behind it.
        assertThat(health.getContentAsString())
            .isEqualTo("{\"groups\":[\"liveness\",\"readiness\"],\"status\":\"UP\"}");
        assertThat(pages.exchange("/actuator/health/readiness").getResponse().getContentAsString())
            .isEqualTo("{\"status\":\"UP\"}");
        assertThat(pages.exchange("/actuator/health/liveness").getResponse().getContentAsString())
            .isEqualTo("{\"status\":\"UP\"}");
        assertThat(pages.exchange("/actuator/health/db").getResponse().getStatus()).as("no component by name")
            .isEqualTo(404);
    }

    private static Optional<String> wordParameter(HandlerMethod method) {
        for (MethodParameter parameter : method.getMethodParameters()) {
            RequestParam param = parameter.getParameterAnnotation(RequestParam.class);
            String name = (param == null) ? null
                    : !param.name().isEmpty() ? param.name() : parameter.getParameterName();
            if (name != null && VisitorText.WORD_PARAMETERS.contains(name)) {
                return Optional.of(name);
            }
        }
        return Optional.empty();
    }

    private static String path(RequestMappingInfo mapping) {
        return mapping.getPathPatternsCondition().getPatterns().iterator().next().getPatternString();
    }

    private static Map<String, String[]> query(String href) {
        Map<String, List<String>> values = new TreeMap<>();
        String query = href.substring(href.indexOf('?') + 1);
        for (String pair : query.split("&")) {
            String[] parts = pair.split("=", 2);
            values.computeIfAbsent(parts[0], key -> new ArrayList<>())
                .add(URLDecoder.decode(parts[1], StandardCharsets.UTF_8));
        }
        Map<String, String[]> parameters = new TreeMap<>();
        values.forEach((name, list) -> parameters.put(name, list.toArray(String[]::new)));
        return parameters;
    }

}
