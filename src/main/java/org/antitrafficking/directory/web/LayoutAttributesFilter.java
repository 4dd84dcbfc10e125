package org.antitrafficking.directory.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.antitrafficking.directory.DirectoryProperties;
import org.antitrafficking.directory.readmodel.ReadModel;

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

    /** {@link LanguageLinks}, on a page written in every language. */
    static final String LANGUAGES = "languages";

    /** {@link PageTexts}: the records' text in the page's language. */
    static final String TEXTS = "texts";

    private final String quickExitUrl;

    private final SiteAddress site;

    private final ReadModel directory;

    LayoutAttributesFilter(DirectoryProperties properties, SiteAddress site, ReadModel directory) {
        this.quickExitUrl = properties.quickExitUrl();
        this.site = site;
        this.directory = directory;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        request.setAttribute(QUICK_EXIT_URL, quickExitUrl);
        request.setAttribute(TEXTS, new PageTexts(directory.snapshot().translations(), SiteLanguage.of(request)));
        String path = PageLookup.path(request);
        if (LanguageRoutes.isTranslated(path)) {
            request.setAttribute(LANGUAGES, languageLinks(request, path));
        }
        chain.doFilter(request, response);
    }

    /**
     * The page's addresses in both languages. A page read with GET keeps its filters in
     * their canonical order, as it is kept ({@link CanonicalQuery}), so a kept page's
     * links do not carry the first visitor's way of writing them.
     */
    private LanguageLinks languageLinks(HttpServletRequest request, String path) {
        String query = null;
        if ("GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod())) {
            query = CanonicalQuery.of(request.getParameterMap());
        }
        return LanguageLinks.of(SiteLanguage.of(request), SiteLanguage.siteContextPath(request), site.base(), path,
                query);
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
