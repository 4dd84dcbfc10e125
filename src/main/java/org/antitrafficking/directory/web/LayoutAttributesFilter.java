package org.antitrafficking.directory.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.antitrafficking.directory.DirectoryProperties;

import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Puts what the layout needs into every request as attributes, which Thymeleaf reads as
 * variables. A filter rather than a {@code @ModelAttribute}: error pages rendered by
 * exception handlers and by Boot's error controller must have a working quick exit too.
 */
@Component
class LayoutAttributesFilter extends OncePerRequestFilter {

    static final String QUICK_EXIT_URL = "quickExitUrl";

    private final String quickExitUrl;

    LayoutAttributesFilter(DirectoryProperties properties) {
        this.quickExitUrl = properties.quickExitUrl();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        request.setAttribute(QUICK_EXIT_URL, quickExitUrl);
        chain.doFilter(request, response);
    }

    /**
     * A request that waited for its turn to render is dispatched again, and renders the
     * layout then.
     */
    @Override
    protected boolean shouldNotFilterAsyncDispatch() {
        return false;
    }

}
