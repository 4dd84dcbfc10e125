package org.antitrafficking.directory.web;

import java.util.ArrayList;
import java.util.List;

import org.springframework.http.server.PathContainer;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * The pages that are written in every {@link SiteLanguage}: the ones a visitor reads. The
 * rest, the API and the open data files, the assets, the editors' area and the machine
 * files, have one address only, which every language links to as it is.
 */
public final class LanguageRoutes {

    private static final List<String> OTHER_PAGES = List.of("/", "/search", "/safety", "/open-data", "/changes",
            "/suggest/{kind}/{slug}", "/suggest/received");

    private static final List<PathPattern> PATTERNS = patterns();

    private LanguageRoutes() {
    }

    private static List<PathPattern> patterns() {
        List<String> routes = new ArrayList<>(OTHER_PAGES);
        for (String kind : CacheRules.RECORD_KINDS) {
            routes.add("/" + kind);
            routes.add("/" + kind + "/{slug}");
        }
        return routes.stream().map(PathPatternParser.defaultInstance::parse).toList();
    }

    /**
     * Whether the page at this path (within the site, without the language or a query) is
     * written in every language.
     */
    public static boolean isTranslated(String path) {
        PathContainer container;
        try {
            container = PathContainer.parsePath(path);
        }
        catch (IllegalArgumentException malformed) {
            return false;
        }
        for (PathPattern pattern : PATTERNS) {
            if (pattern.matches(container)) {
                return true;
            }
        }
        return false;
    }

}
