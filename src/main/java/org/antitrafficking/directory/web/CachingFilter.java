package org.antitrafficking.directory.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * HTTP caching from the {@link DataVersion}. A successful page, API response or export gets the
 * version as its ETag and may be kept five minutes (exports an hour); a request that already holds the
 * ETag gets 304 at once. Only a 200 response can have handed out the ETag, and under one data version
 * a URL always answers alike, so the 304 is always right. Errors and searches are never stored: a
 * visitor's search words should not stay in a browser's cache after they clear their history.
 */
@Component
class CachingFilter extends OncePerRequestFilter {

    static final String PAGE_CACHE = "public, max-age=300";
    static final String EXPORT_CACHE = "public, max-age=3600";
    static final String NO_STORE = "no-store";

    private final DataVersion version;

    CachingFilter(DataVersion version) {
        this.version = version;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String method = request.getMethod();
        String path = path(request);
        return !("GET".equals(method) || "HEAD".equals(method)) || path.startsWith("/assets/")
                || path.startsWith("/swagger-ui") || path.startsWith("/actuator/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String path = path(request);
        if (path.equals("/search") || path.equals("/api/v1/search")) {
            response.setHeader(HttpHeaders.CACHE_CONTROL, NO_STORE);
            chain.doFilter(request, response);
            return;
        }
        String etag = version.etag();
        String cacheControl = path.startsWith("/export/") ? EXPORT_CACHE : PAGE_CACHE;
        if (holds(request.getHeader(HttpHeaders.IF_NONE_MATCH), etag)) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            response.setHeader(HttpHeaders.ETAG, etag);
            response.setHeader(HttpHeaders.CACHE_CONTROL, cacheControl);
            return;
        }
        ContentCachingResponseWrapper buffered = new ContentCachingResponseWrapper(response);
        try {
            chain.doFilter(request, buffered);
            if (buffered.getStatus() == HttpServletResponse.SC_OK) {
                buffered.setHeader(HttpHeaders.ETAG, etag);
                buffered.setHeader(HttpHeaders.CACHE_CONTROL, cacheControl);
            }
            else {
                buffered.setHeader(HttpHeaders.CACHE_CONTROL, NO_STORE);
            }
        }
        finally {
            buffered.copyBodyToResponse();
        }
    }

    /** Whether an If-None-Match header names the ETag, compared weakly as RFC 9110 asks for GET. */
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

    private static String path(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }
}
