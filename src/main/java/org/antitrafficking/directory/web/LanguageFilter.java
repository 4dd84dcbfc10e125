package org.antitrafficking.directory.web;

import java.io.IOException;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Reads the language from the address, before anything else looks at the path. A page
 * written in Spanish ({@link LanguageRoutes}) at {@code /es/hotlines} reaches the
 * application as {@code /hotlines} under a context path that ends in {@code /es}: the
 * same controller, cache rules and filters serve both languages, and every link and
 * redirect the application makes from it stays in Spanish. Any other address under
 * {@code /es} (the editors' area, the API, the assets) is not rewritten, and so is not
 * found, in Spanish. The bare {@code /es} is sent to {@code /es/}.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class LanguageFilter extends OncePerRequestFilter {

    private static final String SPANISH_ROOT = SiteLanguage.SPANISH.prefix();

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String contextPath = request.getContextPath();
        if (request.getDispatcherType() == DispatcherType.ERROR) {
            if (request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) instanceof String failed
                    && isSpanish(failed.substring(Math.min(contextPath.length(), failed.length())))) {
                SiteLanguage.SPANISH.markOn(request, contextPath);
            }
            chain.doFilter(request, response);
            return;
        }
        String path = request.getRequestURI().substring(contextPath.length());
        if (path.equals(SPANISH_ROOT)) {
            String query = request.getQueryString();
            response.setStatus(HttpServletResponse.SC_MOVED_PERMANENTLY);
            response.setHeader(HttpHeaders.LOCATION, contextPath + SiteLanguage.SPANISH.address("/", query));
            return;
        }
        if (!isSpanish(path)) {
            if (LanguageRoutes.isTranslated(path)) {
                response.setHeader(HttpHeaders.CONTENT_LANGUAGE, SiteLanguage.ENGLISH.tag());
            }
            chain.doFilter(request, response);
            return;
        }
        SiteLanguage.SPANISH.markOn(request, contextPath);
        response.setHeader(HttpHeaders.CONTENT_LANGUAGE, SiteLanguage.SPANISH.tag());
        String sitePath = path.substring(SPANISH_ROOT.length());
        if (!LanguageRoutes.isTranslated(sitePath)) {
            chain.doFilter(request, response);
            return;
        }
        chain.doFilter(new LocalizedRequest(request, contextPath), response);
    }

    private static boolean isSpanish(String path) {
        return path.startsWith(SPANISH_ROOT + "/");
    }

    /** The error page of a Spanish address is in Spanish too. */
    @Override
    protected boolean shouldNotFilterErrorDispatch() {
        return false;
    }

    /** A request that waited for its turn to render is dispatched again. */
    @Override
    protected boolean shouldNotFilterAsyncDispatch() {
        return false;
    }

    /**
     * A request for a page in Spanish, seen by the application as the English page's path
     * under the language's context path.
     */
    private static final class LocalizedRequest extends HttpServletRequestWrapper {

        private final String siteContextPath;

        LocalizedRequest(HttpServletRequest request, String siteContextPath) {
            super(request);
            this.siteContextPath = siteContextPath;
        }

        @Override
        public String getContextPath() {
            return this.siteContextPath + SPANISH_ROOT;
        }

        @Override
        public String getServletPath() {
            String servletPath = super.getServletPath();
            return servletPath.startsWith(SPANISH_ROOT + "/") ? servletPath.substring(SPANISH_ROOT.length())
                    : servletPath;
        }

    }

}
