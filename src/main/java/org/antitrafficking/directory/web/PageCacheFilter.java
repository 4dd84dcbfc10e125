package org.antitrafficking.directory.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.antitrafficking.directory.DirectoryProperties;
import org.antitrafficking.directory.readmodel.ReadModel;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Serves pages, API responses and exports from the {@link PageCache}, and says how long
 * others may keep them. Each kept response belongs to the data version it shows and to
 * the origin (scheme, host and port) the request came to, whatever address the site is
 * configured with: a request naming another host, directly or through forwarded headers,
 * gets a response of its own and never changes anyone else's.
 *
 * <p>
 * A request that already holds the current ETag gets 304 at once, without rendering: only
 * a 200 can have handed the ETag out, and under one data version a URL always answers
 * alike. Otherwise a page rendered for this data version before is sent as kept,
 * compressed if the client accepts it; a new one is rendered, kept if it succeeded, and
 * sent. Browsers may keep a page five minutes and a shared cache or CDN
 * {@code directory.http.shared-max-age} (a minute), serving it stale while it revalidates
 * or while the site is down. Errors are never stored.
 *
 * <p>
 * A request that carries a visitor's own words ({@code q} or {@code search}, on a page,
 * the API or HSDS) is rendered for them alone: {@code no-store}, no ETag, kept neither
 * here nor by any cache, so the words stay in no browser's disk cache, no proxy's and no
 * heap dump after the visit.
 *
 * <p>
 * Only the public routes of {@link CacheRules} are kept, and only for a request without a
 * cookie or {@code Authorization}: anything else (the editors' area, the suggestion form,
 * a request from a browser that holds an editor's session cookie) goes straight to the
 * application, {@code no-store} unless the application says otherwise, and is neither
 * answered from the cache, with a 304 or a kept page, nor kept. An answer that sets a
 * cookie, starts a session or calls itself private or no-store is not kept either.
 *
 * <p>
 * Pages are kept under their canonical address ({@link CanonicalQuery}), so the same page
 * asked for with its parameters in another order, or with blank ones, is one entry. Only
 * a request made at the canonical address may be kept by a proxy too: the others are sent
 * {@code X-Accel-Expires: 0}, which nginx obeys and strips, so its cache holds one copy
 * of each page however it is asked for.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 4)
class PageCacheFilter extends OncePerRequestFilter {

    /** {@link CacheHeaders#NO_STORE}, named here too. */
    static final String NO_STORE = CacheHeaders.NO_STORE;

    /** {@link CacheHeaders#NOT_FOR_PROXIES}, named here too. */
    static final String NOT_FOR_PROXIES = CacheHeaders.NOT_FOR_PROXIES;

    private final CacheHeaders cacheHeaders;

    private final PageLookup lookups;

    private final PageKeeper keeper;

    PageCacheFilter(ReadModel directory, EntityTags tags, PageCache cache, DirectoryProperties properties) {
        this.cacheHeaders = new CacheHeaders(properties.http().sharedMaxAge());
        this.lookups = new PageLookup(directory, tags, cache, cacheHeaders);
        this.keeper = new PageKeeper(directory, cache);
    }

    /**
     * What a page or an API response may be kept for, by browsers and by shared caches.
     */
    String pageCacheControl() {
        return cacheHeaders.page();
    }

    /** The same for the CSV and zip files. */
    String exportCacheControl() {
        return cacheHeaders.export();
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String method = request.getMethod();
        String path = PageLookup.path(request);
        return !("GET".equals(method) || "HEAD".equals(method)) || path.startsWith("/assets/")
                || path.equals("/favicon.ico") || path.startsWith("/swagger-ui") || path.equals("/actuator")
                || path.startsWith("/actuator/") || path.equals("/.well-known/security.txt")
                || EditorArea.covers(request);
    }

    /**
     * Whether this filter answers the request from what it keeps (a 304, or a page kept
     * for this data version), so that {@link RenderAdmissionFilter} need not make it wait
     * for a turn to render.
     */
    boolean answersWithoutRendering(HttpServletRequest request) {
        if (shouldNotFilter(request) || forThisClientAlone(request)) {
            return false;
        }
        return lookups.findAndRemember(request).answersWithoutRendering();
    }

    /**
     * Whether to render a request that waited for its turn (the admission dispatches it
     * again).
     */
    @Override
    protected boolean shouldNotFilterAsyncDispatch() {
        return false;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (forThisClientAlone(request)) {
            // For this visitor alone: rendered, sent and forgotten.
            response.setHeader(HttpHeaders.CACHE_CONTROL, NO_STORE);
            response.setHeader(NOT_FOR_PROXIES, "0");
            chain.doFilter(request, response);
            return;
        }
        // Found already if the admission asked; found again after a wait, when another
        // may have rendered it.
        PageLookup.Lookup lookup = lookups.take(request, isAsyncDispatch(request));
        if (lookup.notModified()) {
            KeptPageWriter.notModified(lookup, response);
            return;
        }
        PageCache.Page page = lookup.page();
        if (page == null) {
            page = keeper.render(request, response, chain, lookup);
            if (page == null) {
                return;
            }
        }
        if (!lookup.canonical()) {
            response.setHeader(NOT_FOR_PROXIES, "0");
        }
        KeptPageWriter.send(page, request, response);
    }

    /**
     * Whether the request is answered for its client alone and kept by no cache: it
     * carries the visitor's words, a cookie or credentials, or is for a route that is not
     * kept.
     */
    private static boolean forThisClientAlone(HttpServletRequest request) {
        return VisitorText.carriesWords(request) || CacheRules.carriesCredentials(request)
                || !CacheRules.isKeptRoute(PageLookup.path(request));
    }

}
