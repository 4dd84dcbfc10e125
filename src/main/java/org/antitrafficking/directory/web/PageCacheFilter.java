package org.antitrafficking.directory.web;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.antitrafficking.directory.DirectoryProperties;
import org.antitrafficking.directory.readmodel.DataVersion;
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
 * Pages are kept under their canonical address ({@link CanonicalQuery}), so the same page
 * asked for with its parameters in another order, or with blank ones, is one entry. Only
 * a request made at the canonical address may be kept by a proxy too: the others are sent
 * {@code X-Accel-Expires: 0}, which nginx obeys and strips, so its cache holds one copy
 * of each page however it is asked for.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 3)
class PageCacheFilter extends OncePerRequestFilter {

    static final String NO_STORE = "no-store";

    /**
     * nginx's own header: keep this response out of its cache. nginx does not pass it on.
     */
    static final String NOT_FOR_PROXIES = "X-Accel-Expires";

    /** Longer addresses are answered but not kept: no real page has one. */
    private static final int MAX_CACHED_TARGET = 1024;

    private static final String LOOKUP = PageCacheFilter.class.getName() + ".LOOKUP";

    private final ReadModel directory;

    private final EntityTags tags;

    private final PageCache cache;

    private final String pageCacheControl;

    private final String exportCacheControl;

    PageCacheFilter(ReadModel directory, EntityTags tags, PageCache cache, DirectoryProperties properties) {
        this.directory = directory;
        this.tags = tags;
        this.cache = cache;
        long shared = properties.http().sharedMaxAge().toSeconds();
        this.pageCacheControl = "public, max-age=300, s-maxage=" + shared
                + ", stale-while-revalidate=300, stale-if-error=86400";
        this.exportCacheControl = "public, max-age=3600, s-maxage=" + Math.max(shared, 300)
                + ", stale-while-revalidate=3600, stale-if-error=86400";
    }

    /**
     * What a page or an API response may be kept for, by browsers and by shared caches.
     */
    String pageCacheControl() {
        return pageCacheControl;
    }

    /** The same for the CSV and zip files. */
    String exportCacheControl() {
        return exportCacheControl;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String method = request.getMethod();
        String path = path(request);
        return !("GET".equals(method) || "HEAD".equals(method)) || path.startsWith("/assets/")
                || path.equals("/favicon.ico") || path.startsWith("/swagger-ui") || path.equals("/actuator")
                || path.startsWith("/actuator/") || path.equals("/.well-known/security.txt");
    }

    /**
     * Whether this filter answers the request from what it keeps (a 304, or a page kept
     * for this data version), so that {@link RenderAdmissionFilter} need not make it wait
     * for a turn to render.
     */
    boolean answersWithoutRendering(HttpServletRequest request) {
        if (shouldNotFilter(request) || VisitorText.carriesWords(request)) {
            return false;
        }
        Lookup lookup = lookup(request);
        request.setAttribute(LOOKUP, lookup);
        return lookup.notModified() || lookup.page() != null;
    }

    /**
     * Whether to render a request that waited for its turn (the admission dispatches it
     * again).
     */
    @Override
    protected boolean shouldNotFilterAsyncDispatch() {
        return false;
    }

    /**
     * What was found for a request: the ETag, the key, whether the client holds it, what
     * is kept.
     */
    private record Lookup(String etag, String cacheControl, PageCache.Key key, boolean canonical, boolean notModified,
            PageCache.Page page) {
    }

    private Lookup lookup(HttpServletRequest request) {
        String path = path(request);
        DataVersion version = directory.snapshot().version();
        String etag = tags.of(version);
        String cacheControl = path.startsWith("/export/") ? exportCacheControl : pageCacheControl;
        String target = CanonicalQuery.target(path, request.getParameterMap());
        String query = request.getQueryString();
        boolean canonical = target.equals((query == null) ? path : path + "?" + query);
        boolean notModified = holds(request.getHeader(HttpHeaders.IF_NONE_MATCH), etag);
        PageCache.Key key = new PageCache.Key(version, origin(request), target);
        return new Lookup(etag, cacheControl, key, canonical, notModified, notModified ? null : cache.get(key));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (VisitorText.carriesWords(request)) {
            // For this visitor alone: rendered, sent and forgotten.
            response.setHeader(HttpHeaders.CACHE_CONTROL, NO_STORE);
            response.setHeader(NOT_FOR_PROXIES, "0");
            chain.doFilter(request, response);
            return;
        }
        // Found already if the admission asked; found again after a wait, when another
        // may have rendered it.
        Lookup lookup = (Lookup) request.getAttribute(LOOKUP);
        if (lookup == null || isAsyncDispatch(request)) {
            lookup = lookup(request);
        }
        request.removeAttribute(LOOKUP);
        String etag = lookup.etag();
        String cacheControl = lookup.cacheControl();
        if (lookup.notModified()) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            response.setHeader(HttpHeaders.ETAG, etag);
            response.setHeader(HttpHeaders.CACHE_CONTROL, cacheControl);
            return;
        }
        PageCache.Key key = lookup.key();
        DataVersion version = key.version();
        String target = key.target();
        PageCache.Page page = lookup.page();
        if (page == null) {
            RenderedResponse buffered = new RenderedResponse(response);
            chain.doFilter(request, buffered);
            if (buffered.getStatus() != HttpServletResponse.SC_OK) {
                buffered.setHeader(HttpHeaders.CACHE_CONTROL, NO_STORE);
                buffered.copyBodyToResponse();
                return;
            }
            Map<String, String> headers = new LinkedHashMap<>();
            headers.put(HttpHeaders.ETAG, etag);
            headers.put(HttpHeaders.CACHE_CONTROL, cacheControl);
            copy(buffered, headers, HttpHeaders.CONTENT_DISPOSITION);
            copy(buffered, headers, HttpHeaders.CONTENT_LANGUAGE);
            byte[] body = buffered.getContentAsByteArray();
            boolean current = directory.snapshot().version().equals(version);
            page = (current && target.length() <= MAX_CACHED_TARGET)
                    ? cache.put(key, buffered.getContentType(), headers, body)
                    : new PageCache.Page(buffered.getContentType(), headers, body, null);
        }
        if (!lookup.canonical()) {
            response.setHeader(NOT_FOR_PROXIES, "0");
        }
        send(page, request, response);
    }

    private static void send(PageCache.Page page, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentType(page.contentType());
        page.headers().forEach(response::setHeader);
        byte[] body = page.body();
        if (PageCache.isCompressible(page.contentType())) {
            response.setHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT_ENCODING);
            if (page.gzipped() != null && acceptsGzip(request)) {
                response.setHeader(HttpHeaders.CONTENT_ENCODING, "gzip");
                body = page.gzipped();
            }
        }
        response.setContentLength(body.length);
        if (!"HEAD".equals(request.getMethod())) {
            // One buffer for the whole body, so it leaves in one write rather than in 8
            // KB pieces.
            if (body.length > response.getBufferSize()) {
                response.setBufferSize(body.length);
            }
            response.getOutputStream().write(body);
        }
    }

    private static void copy(HttpServletResponse response, Map<String, String> headers, String name) {
        String value = response.getHeader(name);
        if (value != null) {
            headers.put(name, value);
        }
    }

    /**
     * Whether the client takes gzip: named in Accept-Encoding, and not refused with q=0.
     */
    static boolean acceptsGzip(HttpServletRequest request) {
        String accepted = request.getHeader(HttpHeaders.ACCEPT_ENCODING);
        if (accepted == null) {
            return false;
        }
        for (String coding : accepted.split(",")) {
            String[] parts = coding.strip().split(";");
            if (parts[0].strip().equalsIgnoreCase("gzip")) {
                return parts.length < 2 || !parts[1].replace(" ", "").matches("q=0(\\.0*)?");
            }
        }
        return false;
    }

    /**
     * Whether an If-None-Match header names the ETag, compared weakly as RFC 9110 asks
     * for GET.
     */
    private static boolean holds(String ifNoneMatch, String etag) {
        if (ifNoneMatch == null) {
            return false;
        }
        String opaque = etag.substring(2);
        for (String candidate : ifNoneMatch.split(",")) {
            String tag = candidate.strip();
            if (tag.equals("*") || tag.equals(etag) || tag.equals(opaque) || tag.equals("W/" + opaque)) {
                return true;
            }
        }
        return false;
    }

    /** The scheme, host and port of the request, as the server understood them. */
    private static String origin(HttpServletRequest request) {
        return request.getScheme() + "://" + request.getServerName() + ":" + request.getServerPort();
    }

    private static String path(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }

}
