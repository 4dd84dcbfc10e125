package org.antitrafficking.directory.web;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.antitrafficking.directory.readmodel.ReadModel;

import org.springframework.http.HttpHeaders;

/**
 * Renders what the {@link PageCache} does not hold, and keeps it if it succeeded and
 * still shows the current data. An error is sent as it was rendered, with
 * {@code no-store}, and never kept; so is a page its handler marked {@code no-store}, an
 * answer that sets a cookie or starts a session, and one the application itself called
 * private or no-store keeps the Cache-Control it was given.
 */
final class PageKeeper {

    /** Longer addresses are answered but not kept: no real page has one. */
    private static final int MAX_CACHED_TARGET = 1024;

    private final ReadModel directory;

    private final PageCache cache;

    PageKeeper(ReadModel directory, PageCache cache) {
        this.directory = directory;
        this.cache = cache;
    }

    /**
     * Renders the request into a buffer: the page to send, kept where it may be, or null
     * if it was not a 200 or may not be kept, which has then been sent already.
     */
    PageCache.Page render(HttpServletRequest request, HttpServletResponse response, FilterChain chain,
            PageLookup.Lookup lookup) throws ServletException, IOException {
        RenderedResponse buffered = new RenderedResponse(response);
        chain.doFilter(request, buffered);
        if (buffered.getStatus() != HttpServletResponse.SC_OK) {
            buffered.setHeader(HttpHeaders.CACHE_CONTROL, CacheHeaders.NO_STORE);
            buffered.copyBodyToResponse();
            return null;
        }
        if (CacheRules.forbidsKeeping(request, buffered)) {
            if (!CacheRules.saysPrivate(buffered)) {
                buffered.setHeader(HttpHeaders.CACHE_CONTROL, CacheHeaders.NO_STORE);
            }
            buffered.setHeader(CacheHeaders.NOT_FOR_PROXIES, "0");
            buffered.copyBodyToResponse();
            return null;
        }
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put(HttpHeaders.ETAG, lookup.etag());
        headers.put(HttpHeaders.CACHE_CONTROL, lookup.cacheControl());
        copy(buffered, headers, HttpHeaders.CONTENT_DISPOSITION);
        copy(buffered, headers, HttpHeaders.CONTENT_LANGUAGE);
        byte[] body = buffered.getContentAsByteArray();
        PageCache.Key key = lookup.key();
        boolean current = directory.snapshot().version().equals(key.version());
        return (current && key.target().length() <= MAX_CACHED_TARGET)
                ? cache.put(key, buffered.getContentType(), headers, body)
                : new PageCache.Page(buffered.getContentType(), headers, body, null);
    }

    private static void copy(HttpServletResponse response, Map<String, String> headers, String name) {
        String value = response.getHeader(name);
        if (value != null) {
            headers.put(name, value);
        }
    }

}
