package org.antitrafficking.directory.web;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The languages the site is written in. The address carries the choice: a page in English
 * at {@code /hotlines} is in Spanish at {@code /es/hotlines}, and nothing else (no
 * cookie, no {@code Accept-Language}) changes which one a visitor gets. The
 * {@link LanguageFilter} decides once per request and keeps the answer on it.
 */
public enum SiteLanguage {

    /** At the site's own addresses. */
    ENGLISH(Locale.ENGLISH, ""),

    /** Under {@code /es}. */
    SPANISH(Locale.forLanguageTag("es"), "/es");

    private static final String ATTRIBUTE = SiteLanguage.class.getName();

    private static final String SITE_CONTEXT_PATH = ATTRIBUTE + ".SITE_CONTEXT_PATH";

    private final Locale locale;

    private final String prefix;

    SiteLanguage(Locale locale, String prefix) {
        this.locale = locale;
        this.prefix = prefix;
    }

    /** The language of the request, English unless the {@link LanguageFilter} said so. */
    public static SiteLanguage of(HttpServletRequest request) {
        return (request.getAttribute(ATTRIBUTE) instanceof SiteLanguage language) ? language : ENGLISH;
    }

    /**
     * Keeps the language on the request, with the context path of the site's own
     * addresses, which the language's may extend.
     */
    void markOn(HttpServletRequest request, String siteContextPath) {
        request.setAttribute(ATTRIBUTE, this);
        request.setAttribute(SITE_CONTEXT_PATH, siteContextPath);
    }

    public Locale locale() {
        return this.locale;
    }

    /** Such as {@code es}, for {@code lang}, {@code hreflang} and Content-Language. */
    public String tag() {
        return this.locale.toLanguageTag();
    }

    /**
     * What comes before a page's English path at its address in this language: nothing,
     * or {@code /es}.
     */
    public String prefix() {
        return this.prefix;
    }

    /**
     * The address of a page in this language, given its English path (such as {@code /}
     * or {@code /hotlines}) and its query, if any.
     */
    public String address(String path, String query) {
        String localized = (this.prefix.isEmpty() || !path.equals("/")) ? this.prefix + path : this.prefix + "/";
        return (query == null || query.isEmpty()) ? localized : localized + "?" + query;
    }

    /**
     * The request's context path without the language: what the site's own addresses
     * start with.
     */
    public static String siteContextPath(HttpServletRequest request) {
        return (request.getAttribute(SITE_CONTEXT_PATH) instanceof String siteContextPath) ? siteContextPath
                : request.getContextPath();
    }

}
