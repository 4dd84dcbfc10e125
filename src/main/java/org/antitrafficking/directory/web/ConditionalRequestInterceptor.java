package org.antitrafficking.directory.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Gives every page, API response and export the {@link DataVersion} as its ETag and answers a request
 * that already holds it with 304 Not Modified, before any work is done. Responses may be kept briefly:
 * five minutes for pages and the API, an hour for the export files.
 */
class ConditionalRequestInterceptor implements HandlerInterceptor {

    static final String PAGE_CACHE = "public, max-age=300";
    static final String EXPORT_CACHE = "public, max-age=3600";

    private final DataVersion version;

    ConditionalRequestInterceptor(DataVersion version) {
        this.version = version;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        String method = request.getMethod();
        if (!"GET".equals(method) && !"HEAD".equals(method)) {
            return true;
        }
        response.setHeader(HttpHeaders.CACHE_CONTROL,
                request.getRequestURI().startsWith(request.getContextPath() + "/export/") ? EXPORT_CACHE : PAGE_CACHE);
        return !new ServletWebRequest(request, response).checkNotModified(version.etag());
    }
}
