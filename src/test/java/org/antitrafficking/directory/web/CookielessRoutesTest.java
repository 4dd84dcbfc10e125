package org.antitrafficking.directory.web;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import jakarta.servlet.ServletContext;
import jakarta.servlet.SessionTrackingMode;
import org.antitrafficking.directory.readmodel.ReadModel;
import org.antitrafficking.directory.support.PublicRoutes;
import org.antitrafficking.directory.support.UseTestDatabase;
import org.antitrafficking.testing.EditorStandIn;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Over real HTTP to Jetty, as a browser would ask: no public route ever sets a cookie or
 * starts a session, cold, kept, or asked for by the browser of an editor who has signed
 * in elsewhere (with that session's cookie), and what such a browser asks is answered for
 * it alone. Every GET route the controllers map is either kept by the page cache or meant
 * not to be. The editors' area is neither kept nor compressed. The editors' pages here
 * are stand-ins until the area exists.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@UseTestDatabase
@Import(EditorStandIn.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@Tag("slow")
class CookielessRoutesTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    /** The mapped GET routes the page cache is meant not to keep, and why. */
    private static final Set<String> NEVER_KEPT = Set.of(
            // The refusals of unknown API and HSDS addresses: errors are never kept.
            "/api/**", "/hsds/**",
            // Sent with its own Cache-Control by its controller.
            "/.well-known/security.txt",
            // The API explorer (left to its own headers) and the error dispatch.
            "/swagger-ui.html", "/error");

    @LocalServerPort
    int port;

    @Autowired
    ReadModel readModel;

    @Autowired
    PageCache cache;

    @Autowired
    ServletContext servletContext;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping handlers;

    @Test
    @Order(1)
    void shouldNameASessionByCookieOnlyNeverInAnAddress() {
        assertThat(servletContext.getEffectiveSessionTrackingModes()).containsExactly(SessionTrackingMode.COOKIE);
    }

    @Test
    @Order(2)
    void shouldSetNoCookieAndStartNoSessionOnAnyPublicRouteColdOrKept() throws Exception {
        cache.clear();
        int sessionsBefore = EditorStandIn.sessionsStarted();
        List<String> routes = everyRoute();
        assertThat(routes).hasSizeGreaterThan(100);
        for (int attempt = 0; attempt < 2; attempt++) {
            for (String route : routes) {
                assertThat(get(route).headers().allValues(HttpHeaders.SET_COOKIE)).as(route).isEmpty();
            }
        }
        assertThat(cache.size()).as("the kept pages").isPositive();
        assertThat(EditorStandIn.sessionsStarted()).as("sessions started").isEqualTo(sessionsBefore);
    }

    @Test
    @Order(3)
    void shouldAnswerTheBrowserOfAnEditorForItAloneAndStillSetNoCookie() throws Exception {
        int sessionsBefore = EditorStandIn.sessionsStarted();
        // The editors' sign-in page starts no session (its CSRF token is signed); an
        // editor's browser sends the session cookie it got at sign-in to every page.
        HttpResponse<String> signIn = get("/editor/sign-in");
        assertThat(signIn.headers().allValues(HttpHeaders.SET_COOKIE)).as("cookies of the sign-in page").isEmpty();
        assertThat(signIn.headers().firstValue(HttpHeaders.CACHE_CONTROL))
            .hasValueSatisfying(value -> assertThat(value).contains("no-store"));
        String session = "__Host-editor=" + "an-editors-session-id";
        List<String> kept = cache.targets();
        for (String route : PublicRoutes.of(readModel.snapshot())) {
            HttpResponse<String> response = get(route, HttpHeaders.COOKIE, session);
            assertThat(response.statusCode()).as(route).isEqualTo(200);
            assertThat(response.headers().allValues(HttpHeaders.SET_COOKIE)).as(route).isEmpty();
            assertThat(response.headers().firstValue(HttpHeaders.CACHE_CONTROL)).as(route).hasValue("no-store");
            assertThat(response.headers().firstValue(HttpHeaders.ETAG)).as(route).isEmpty();
        }
        assertThat(EditorStandIn.sessionsStarted()).as("no session of the servlet container").isEqualTo(sessionsBefore);
        assertThat(cache.targets()).as("nothing kept from the editor's requests").isSubsetOf(kept);
    }

    @Test
    @Order(4)
    void shouldNeitherKeepNorCompressTheEditorsArea() throws Exception {
        for (int attempt = 0; attempt < 2; attempt++) {
            HttpResponse<String> editor = get("/editor/sign-in", HttpHeaders.ACCEPT_ENCODING, "gzip");
            assertThat(editor.statusCode()).isEqualTo(200);
            assertThat(editor.headers().firstValue(HttpHeaders.CONTENT_ENCODING)).as("compressed").isEmpty();
            assertThat(editor.body()).contains("name=\"_csrf\"");
            assertThat(editor.headers().firstValue(HttpHeaders.CACHE_CONTROL))
                .hasValueSatisfying(value -> assertThat(value).contains("no-store"));
            assertThat(editor.headers().firstValue(HttpHeaders.ETAG)).isEmpty();
        }
        assertThat(cache.targets()).noneMatch(target -> target.startsWith("/editor"));
        HttpResponse<String> beside = get("/editorial/stand-in", HttpHeaders.ACCEPT_ENCODING, "gzip");
        assertThat(beside.headers().firstValue(HttpHeaders.CONTENT_ENCODING)).as("compressed outside the area")
            .hasValue("gzip");
    }

    /**
     * A route a controller maps is kept, or named here as never kept: a new public page
     * is added to {@link CacheRules}, or it renders at every visit.
     */
    @Test
    @Order(5)
    void shouldKeepEveryPublicGetRouteTheControllersMap() {
        Set<String> notKept = new TreeSet<>();
        handlers.getHandlerMethods().forEach((mapping, method) -> {
            Set<RequestMethod> methods = mapping.getMethodsCondition().getMethods();
            if (methods.isEmpty() || methods.contains(RequestMethod.GET)) {
                mapping.getPatternValues()
                    .stream()
                    .filter(pattern -> !CacheRules.isKeptRoute(pattern.replaceAll("\\{[^}]*}", "x")))
                    .forEach(notKept::add);
            }
        });
        assertThat(notKept.stream().filter(route -> !meantNotToBeKept(route)))
            .as("GET routes the page cache does not keep: add a public one to CacheRules")
            .isEmpty();
        assertThat(notKept).containsAll(NEVER_KEPT);
    }

    private static boolean meantNotToBeKept(String route) {
        return NEVER_KEPT.contains(route) || route.equals("/editor") || route.startsWith("/editor/")
                || route.startsWith("/editorial/") || route.matches(".*/suggest(ions)?(/.*)?");
    }

    /** The public routes, the refusals and the files beside them. */
    private List<String> everyRoute() {
        List<String> routes = new ArrayList<>(PublicRoutes.of(readModel.snapshot()));
        routes.addAll(List.of("/agencies/area-51", "/no/such/page", "/programs?kind=party", "/api/v1/programs/none",
                "/hsds/services/none", "/export/secrets.csv", "/programs?utm_source=mail",
                "/programs/blue-campaign/suggest", "/.well-known/security.txt", "/favicon.ico", "/swagger-ui.html",
                "/v3/api-docs", "/data.json", "/actuator/health", "/actuator/health/readiness"));
        return routes;
    }

    private HttpResponse<String> get(String path, String... headers) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

}
