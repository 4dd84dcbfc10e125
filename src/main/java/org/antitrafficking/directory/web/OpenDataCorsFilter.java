package org.antitrafficking.directory.web;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Lets other sites' pages read the open data from the browser, as the HSDS API reference
 * asks: every response under {@code /api/v1}, {@code /hsds}, {@code /export},
 * {@code /data.json} and the OpenAPI documents says
 * {@code Access-Control-Allow-Origin: *}, and a preflight is answered at once. Never with
 * credentials: the data is public, and nothing a browser holds for this site is ever sent
 * for it. No other route says it, so no other site's script can read a page, a form or an
 * editor's screen. A filter ahead of the page cache, so a kept response gets the header
 * as well as a fresh one.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 2)
class OpenDataCorsFilter extends OncePerRequestFilter {

    /** The open data's addresses: each is open itself and with anything below it. */
    static final List<String> OPEN_PATHS = List.of("/api/v1", "/hsds", "/export", "/data.json", "/v3/api-docs");

    /**
     * What a script may read of a response beyond the basic headers: the tag to ask again
     * with.
     */
    private static final String EXPOSED = "ETag, Content-Language, Content-Disposition";

    private static final String MAX_AGE = "86400";

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return OPEN_PATHS.stream().noneMatch(open -> path.equals(open) || path.startsWith(open + "/"));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        response.setHeader(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, "*");
        if ("OPTIONS".equals(request.getMethod())
                && request.getHeader(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD) != null) {
            response.setStatus(HttpServletResponse.SC_NO_CONTENT);
            response.setHeader(HttpHeaders.ACCESS_CONTROL_ALLOW_METHODS, "GET, HEAD, OPTIONS");
            String headers = request.getHeader(HttpHeaders.ACCESS_CONTROL_REQUEST_HEADERS);
            if (headers != null && headers.matches("[A-Za-z0-9-]+(\\s*,\\s*[A-Za-z0-9-]+)*")) {
                // The data has nothing to hide from any header a reader's script sends,
                // such as If-None-Match.
                response.setHeader(HttpHeaders.ACCESS_CONTROL_ALLOW_HEADERS, headers);
            }
            response.setHeader(HttpHeaders.ACCESS_CONTROL_MAX_AGE, MAX_AGE);
            response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
            return;
        }
        response.setHeader(HttpHeaders.ACCESS_CONTROL_EXPOSE_HEADERS, EXPOSED);
        chain.doFilter(request, response);
    }

}
