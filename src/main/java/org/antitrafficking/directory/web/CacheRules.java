package org.antitrafficking.directory.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.server.PathContainer;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * Which requests and responses the {@link PageCacheFilter} may keep, and so tell shared
 * caches they may keep too: only the public routes listed here, taken from the
 * controllers, so that a new route is kept only once someone adds it; only when asked for
 * without a cookie or credentials, since such a request may come from an editor's browser
 * and be answered for them; and only when the answer sets no cookie, starts no session
 * and does not call itself private or no-store. Everything else, the editors' area under
 * {@code /editor} and the suggestion form among it, goes straight to the application and
 * leaves with {@code no-store}.
 */
final class CacheRules {

    /** The record pages and their API: a list, and one record by its slug. */
    static final List<String> RECORD_KINDS = List.of("departments", "agencies", "programs", "task-forces", "hotlines",
            "immigration-relief", "functions", "sources");

    private static final List<String> HSDS_TABLES = List.of("services", "organizations", "taxonomies",
            "taxonomy_terms");

    private static final List<String> OTHER_ROUTES = List.of("/", "/search", "/safety", "/open-data", "/changes",
            "/changes.atom", "/sitemap.xml", "/robots.txt", "/data.json", "/api/v1/search", "/hsds", "/hsds/",
            "/export/{table}.csv", "/export/directory.zip", "/export/open-referral.zip", "/v3/api-docs",
            "/v3/api-docs/{group}", "/v3/api-docs.yaml", "/v3/api-docs.yaml/{group}");

    /** Every route that may be kept, as the controllers map them. */
    static final List<String> KEPT_ROUTES = keptRoutes();

    /**
     * The same, by the first segment of their path, so a request is matched against few.
     */
    private static final Map<String, List<PathPattern>> PATTERNS = KEPT_ROUTES.stream()
        .collect(Collectors.groupingBy(CacheRules::firstSegment,
                Collectors.mapping(PathPatternParser.defaultInstance::parse, Collectors.toList())));

    private CacheRules() {
    }

    /** Whether a request at this path, without its query, may be kept. */
    static boolean isKeptRoute(String path) {
        List<PathPattern> candidates = PATTERNS.get(firstSegment(path));
        if (candidates == null) {
            return false;
        }
        PathContainer container;
        try {
            container = PathContainer.parsePath(path);
        }
        catch (IllegalArgumentException malformed) {
            return false;
        }
        for (PathPattern pattern : candidates) {
            if (pattern.matches(container)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the request carries a cookie or credentials: it is then answered by the
     * application for this client alone, never from a cache and never into one.
     */
    static boolean carriesCredentials(HttpServletRequest request) {
        return isPresent(request.getHeader(HttpHeaders.COOKIE))
                || isPresent(request.getHeader(HttpHeaders.AUTHORIZATION));
    }

    /**
     * Whether a rendered answer must not be kept: it sets a cookie, the request started a
     * session, or the answer's own Cache-Control says private or no-store.
     */
    static boolean forbidsKeeping(HttpServletRequest request, HttpServletResponse response) {
        return !response.getHeaders(HttpHeaders.SET_COOKIE).isEmpty() || request.getSession(false) != null
                || saysPrivate(response);
    }

    /** Whether the response's Cache-Control holds {@code private} or {@code no-store}. */
    static boolean saysPrivate(HttpServletResponse response) {
        for (String value : response.getHeaders(HttpHeaders.CACHE_CONTROL)) {
            for (String directive : value.split(",")) {
                String name = directive.split("=", 2)[0].strip().toLowerCase(Locale.ROOT);
                if (name.equals("private") || name.equals("no-store")) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean isPresent(String header) {
        return header != null && !header.isBlank();
    }

    private static String firstSegment(String path) {
        int end = path.indexOf('/', 1);
        return (end < 0) ? path : path.substring(0, end);
    }

    private static List<String> keptRoutes() {
        List<String> routes = new ArrayList<>(OTHER_ROUTES);
        for (String kind : RECORD_KINDS) {
            routes
                .addAll(List.of("/" + kind, "/" + kind + "/{slug}", "/api/v1/" + kind, "/api/v1/" + kind + "/{slug}"));
        }
        for (String table : HSDS_TABLES) {
            routes.addAll(List.of("/hsds/" + table, "/hsds/" + table + "/{id}"));
        }
        return List.copyOf(routes);
    }

}
