package org.antitrafficking.directory.web;

import jakarta.servlet.http.HttpServletRequest;
import org.antitrafficking.directory.readmodel.DataVersion;
import org.antitrafficking.directory.readmodel.ReadModel;

import org.springframework.http.HttpHeaders;

/**
 * Finds what the {@link PageCache} holds for a request, and whether the client holds it
 * already. What was found is kept on the request between the
 * {@link RenderAdmissionFilter} asking and the {@link PageCacheFilter} answering, so the
 * two look once, not twice.
 */
final class PageLookup {

    private static final String LOOKUP = PageCacheFilter.class.getName() + ".LOOKUP";

    private final ReadModel directory;

    private final EntityTags tags;

    private final PageCache cache;

    private final CacheHeaders cacheHeaders;

    PageLookup(ReadModel directory, EntityTags tags, PageCache cache, CacheHeaders cacheHeaders) {
        this.directory = directory;
        this.tags = tags;
        this.cache = cache;
        this.cacheHeaders = cacheHeaders;
    }

    /**
     * What was found for a request: the ETag, the key, whether the client holds it, what
     * is kept.
     */
    record Lookup(String etag, String cacheControl, PageCache.Key key, boolean canonical, boolean notModified,
            PageCache.Page page) {

        /** Whether it can be answered from what is kept: a 304, or a kept page. */
        boolean answersWithoutRendering() {
            return notModified || page != null;
        }

    }

    Lookup find(HttpServletRequest request) {
        String path = path(request);
        DataVersion version = directory.snapshot().version();
        SiteLanguage language = SiteLanguage.of(request);
        String etag = tags.of(version, language);
        String cacheControl = cacheHeaders.forPath(path);
        String target = CanonicalQuery.target(path, request.getParameterMap());
        boolean canonical = isCanonical(path, request.getQueryString(), target);
        boolean notModified = holds(request.getHeader(HttpHeaders.IF_NONE_MATCH), etag);
        PageCache.Key key = new PageCache.Key(version, origin(request), language.prefix() + target);
        return new Lookup(etag, cacheControl, key, canonical, notModified, notModified ? null : cache.get(key));
    }

    /** Finds what is kept for the request, and keeps the finding on it. */
    Lookup findAndRemember(HttpServletRequest request) {
        Lookup lookup = find(request);
        request.setAttribute(LOOKUP, lookup);
        return lookup;
    }

    /**
     * What was found for the request, taken off it; found again if nothing was kept on it
     * or if {@code again}.
     */
    Lookup take(HttpServletRequest request, boolean again) {
        Lookup lookup = (Lookup) request.getAttribute(LOOKUP);
        if (lookup == null || again) {
            lookup = find(request);
        }
        request.removeAttribute(LOOKUP);
        return lookup;
    }

    /**
     * Whether the request was made at the canonical address: its path and query just as
     * {@link CanonicalQuery} would write them.
     */
    static boolean isCanonical(String path, String query, String target) {
        return target.equals((query == null) ? path : path + "?" + query);
    }

    /**
     * Whether an If-None-Match header names the ETag, compared weakly as RFC 9110 asks
     * for GET.
     */
    static boolean holds(String ifNoneMatch, String etag) {
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
    static String origin(HttpServletRequest request) {
        return request.getScheme() + "://" + request.getServerName() + ":" + request.getServerPort();
    }

    static String path(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }

}
