package org.antitrafficking.directory.web;

/**
 * A page's addresses in each language, for its language switch and its {@code hreflang}
 * alternates: the switch leads to the same page, filters and query kept, in the other
 * language; the alternates are absolute and the English one is also the default.
 *
 * @param language the page's own language
 * @param other the language the switch leads to
 * @param switchHref the page in the other language, from the site's root
 * @param englishUrl the page in English, absolute
 * @param spanishUrl the page in Spanish, absolute
 */
public record LanguageLinks(SiteLanguage language, SiteLanguage other, String switchHref, String englishUrl,
        String spanishUrl) {

    /**
     * The links of a page written in every language, given the site's context path, its
     * absolute address, and the page's English path and query.
     */
    /**
     * The same page's addresses without its query: an error page never repeats the words
     * or values that were refused.
     */
    LanguageLinks withoutQuery() {
        return new LanguageLinks(language, other, pathOf(switchHref), pathOf(englishUrl), pathOf(spanishUrl));
    }

    private static String pathOf(String address) {
        int query = address.indexOf('?');
        return (query < 0) ? address : address.substring(0, query);
    }

    static LanguageLinks of(SiteLanguage language, String contextPath, String base, String path, String query) {
        SiteLanguage other = (language == SiteLanguage.ENGLISH) ? SiteLanguage.SPANISH : SiteLanguage.ENGLISH;
        return new LanguageLinks(language, other, contextPath + other.address(path, query),
                base + SiteLanguage.ENGLISH.address(path, query), base + SiteLanguage.SPANISH.address(path, query));
    }

}
