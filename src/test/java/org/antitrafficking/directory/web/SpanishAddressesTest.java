package org.antitrafficking.directory.web;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.antitrafficking.directory.support.PageTest;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import org.springframework.http.HttpHeaders;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every page a visitor reads is also at {@code /es} and the same path, in Spanish, with a
 * switch to the other language and {@code hreflang} alternates; the address alone says
 * which language a page is in.
 */
class SpanishAddressesTest extends PageTest {

    private static final Pattern LOCATION = Pattern.compile("<loc>http://localhost([^<]*)</loc>");

    private List<String> sitemapPaths() throws Exception {
        String sitemap = pages.exchange("/sitemap.xml").getResponse().getContentAsString();
        Matcher location = LOCATION.matcher(sitemap);
        List<String> paths = new ArrayList<>();
        while (location.find()) {
            if (!location.group(1).startsWith("/es/")) {
                paths.add(location.group(1));
            }
        }
        assertThat(paths).hasSizeGreaterThan(100);
        return paths;
    }

    @Test
    void shouldServeEveryPageOfTheSitemapInSpanishUnderEs() throws Exception {
        for (String path : sitemapPaths()) {
            String spanish = SiteLanguage.SPANISH.address(path, null);
            MockHttpServletResponse response = pages.exchange(spanish).getResponse();
            assertThat(response.getStatus()).as("status of %s", spanish).isEqualTo(200);
            assertThat(response.getHeader(HttpHeaders.CONTENT_LANGUAGE)).as(spanish).isEqualTo("es");
            Document page = pages.get(spanish);
            assertThat(page.selectFirst("html").attr("lang")).as(spanish).isEqualTo("es");
            assertThatItLinksBothLanguages(page, path, SiteLanguage.SPANISH);
            assertThat(page.select("main h1[lang=en], main h1:not([lang])")).as("the heading of %s", spanish)
                .hasSize(1);
            assertThatItStaysInSpanish(page, spanish);
        }
    }

    /**
     * Numbers, addresses, {@code tel:} and {@code sms:} values are never translated: each
     * Spanish page shows exactly the ones of its English twin, and every text the seed
     * holds is shown in Spanish, none left in English for want of a translation.
     */
    @Test
    void shouldShowTheNumbersOfTheEnglishTwinAndNoUntranslatedText() throws Exception {
        for (String path : sitemapPaths()) {
            String spanish = SiteLanguage.SPANISH.address(path, null);
            Document english = pages.get(path);
            Document page = pages.get(spanish);
            assertThat(page.select("a[href^=tel:], a[href^=sms:], a[href^=http]").eachAttr("href")).as(spanish)
                .isEqualTo(english.select("a[href^=tel:], a[href^=sms:], a[href^=http]").eachAttr("href"));
            assertThat(page.select(".channel__value").eachText()).as(spanish)
                .isEqualTo(english.select(".channel__value").eachText());
            assertThat(page.select(".in-english")).as("text left in English on %s", spanish).isEmpty();
            assertThat(page.select("a[href^=http]:not([data-quick-exit])")).as(spanish)
                .allSatisfy(link -> assertThat(markerAfter(link)).as(link.outerHtml()).isEqualTo("(en inglés)"));
            assertThat(english.select(".site-in-english")).isEmpty();
        }
    }

    /** What follows a link: on a Spanish page, "(en inglés)" for a site in English. */
    private static String markerAfter(Element link) {
        Element next = link.nextElementSibling();
        return (next != null) ? next.text() : null;
    }

    @Test
    void shouldKeepEveryEnglishPageAtItsAddressWithASwitchToSpanish() throws Exception {
        for (String path : sitemapPaths()) {
            MockHttpServletResponse response = pages.exchange(path).getResponse();
            assertThat(response.getHeader(HttpHeaders.CONTENT_LANGUAGE)).as(path).isEqualTo("en");
            Document page = pages.get(path);
            assertThat(page.selectFirst("html").attr("lang")).as(path).isEqualTo("en");
            assertThatItLinksBothLanguages(page, path, SiteLanguage.ENGLISH);
            assertThat(page.select("a[href^=/es]")).as("links from the English %s", path)
                .extracting(a -> a.attr("href"))
                .containsExactly(SiteLanguage.SPANISH.address(path, null));
        }
    }

    /**
     * The switch names the other language in itself, marked with its language, and leads
     * to the same page; the alternates list both languages, absolute, and English as the
     * default.
     */
    private static void assertThatItLinksBothLanguages(Document page, String path, SiteLanguage language) {
        SiteLanguage other = (language == SiteLanguage.ENGLISH) ? SiteLanguage.SPANISH : SiteLanguage.ENGLISH;
        Element toggle = page.selectFirst("header .usa-language-container a");
        assertThat(toggle).as("language switch of %s", path).isNotNull();
        assertThat(toggle.attr("lang")).isEqualTo(other.tag());
        assertThat(toggle.text()).isEqualTo((other == SiteLanguage.SPANISH) ? "Español" : "English");
        assertThat(toggle.attr("href")).isEqualTo(other.address(path, null));
        assertThat(page.select("head link[rel=alternate][hreflang]"))
            .extracting(link -> link.attr("hreflang") + " " + link.attr("href"))
            .containsExactly("en http://localhost" + path,
                    "es http://localhost" + SiteLanguage.SPANISH.address(path, null),
                    "x-default http://localhost" + path);
    }

    /**
     * A Spanish page's links to pages written in Spanish stay in Spanish; its links to
     * what has one address (assets, files, the API) do not gain {@code /es}.
     */
    private static void assertThatItStaysInSpanish(Document page, String address) {
        for (Element link : page.select("a[href^=/], link[href^=/], script[src^=/], img[src^=/], form[action^=/]")) {
            String target = link.hasAttr("href") ? link.attr("href")
                    : link.hasAttr("src") ? link.attr("src") : link.attr("action");
            String path = URI.create(target).getPath();
            if (path.startsWith("/es/")) {
                assertThat(LanguageRoutes.isTranslated(path.substring(3))).as("%s on %s", target, address).isTrue();
            }
            else if (!link.parents().is("header .usa-language-container")) {
                assertThat(LanguageRoutes.isTranslated(path)).as("%s on %s leaves Spanish", target, address).isFalse();
            }
        }
    }

    @Test
    void shouldLoadTheSameContentHashedAssetsInEitherLanguage() {
        Document english = pages.get("/hotlines");
        Document spanish = pages.get("/es/hotlines");
        assertThat(spanish.select("link[rel=stylesheet]").attr("href")).matches("/assets/site-[0-9a-f]{32}\\.css");
        assertThat(spanish.select("script[src]").attr("src")).matches("/assets/site-[0-9a-f]{32}\\.js");
        assertThat(spanish.select("img[src^=/assets/]").eachAttr("src")).isNotEmpty()
            .allSatisfy(src -> assertThat(src).matches("/assets/.+-[0-9a-f]{32}\\.svg"));
        assertThat(spanish.select("link[rel=stylesheet], link[rel=icon]").eachAttr("href"))
            .isEqualTo(english.select("link[rel=stylesheet], link[rel=icon]").eachAttr("href"));
        assertThat(spanish.select("script[src]").eachAttr("src"))
            .isEqualTo(english.select("script[src]").eachAttr("src"));
    }

    @Test
    void shouldKeepTheFiltersAndTheQueryWhenSwitching() {
        Document english = pages.get("/programs?function=protection&page=1");
        assertThat(english.selectFirst("header .usa-language-container a").attr("href"))
            .isEqualTo("/es/programs?function=protection&page=1");
        Document spanish = pages.get("/es/programs?function=protection&page=1");
        assertThat(spanish.selectFirst("header .usa-language-container a").attr("href"))
            .isEqualTo("/programs?function=protection&page=1");
        assertThat(spanish.select("head link[hreflang=es]").attr("href"))
            .isEqualTo("http://localhost/es/programs?function=protection&page=1");
        Document search = pages.get("/es/search?q=visa");
        assertThat(search.selectFirst("header .usa-language-container a").attr("href")).isEqualTo("/search?q=visa");
    }

    @Test
    void shouldFollowTheAddressNotTheBrowsersLanguage() throws Exception {
        MockHttpServletResponse english = mvc.get()
            .uri("/hotlines")
            .header(HttpHeaders.ACCEPT_LANGUAGE, "es-MX,es;q=0.9")
            .exchange()
            .getResponse();
        assertThat(english.getContentAsString()).contains("<html lang=\"en\"");
        assertThat(english.getHeader(HttpHeaders.VARY)).doesNotContain(HttpHeaders.ACCEPT_LANGUAGE);
        MockHttpServletResponse spanish = mvc.get()
            .uri("/es/hotlines")
            .header(HttpHeaders.ACCEPT_LANGUAGE, "en-US")
            .exchange()
            .getResponse();
        assertThat(spanish.getContentAsString()).contains("<html lang=\"es\"");
        assertThat(english.getCookies()).isEmpty();
        assertThat(spanish.getCookies()).isEmpty();
    }

    @Test
    void shouldTagAndKeepEachLanguageApart() {
        MockHttpServletResponse english = pages.exchange("/hotlines").getResponse();
        MockHttpServletResponse spanish = pages.exchange("/es/hotlines").getResponse();
        assertThat(spanish.getHeader(HttpHeaders.ETAG)).isNotNull().isNotEqualTo(english.getHeader(HttpHeaders.ETAG));
        // Asked again, each comes from the page cache: still each in its own language.
        assertThat(pages.get("/es/hotlines").selectFirst("html").attr("lang")).isEqualTo("es");
        assertThat(pages.get("/hotlines").selectFirst("html").attr("lang")).isEqualTo("en");
        assertThat(mvc.get()
            .uri("/es/hotlines")
            .header(HttpHeaders.IF_NONE_MATCH, english.getHeader(HttpHeaders.ETAG))
            .exchange()
            .getResponse()
            .getStatus()).as("the English tag does not stand for the Spanish page").isEqualTo(200);
    }

    @Test
    void shouldSendTheBareLanguageToItsHomePage() {
        MockHttpServletResponse response = pages.exchange("/es").getResponse();
        assertThat(response.getStatus()).isEqualTo(301);
        assertThat(response.getHeader(HttpHeaders.LOCATION)).isEqualTo("/es/");
    }

    @Test
    void shouldNotFindWhatHasOneAddressUnderEsButSayItInSpanish() {
        for (String address : List.of("/es/editor", "/es/editor/sign-in", "/es/api/v1/hotlines",
                "/es/export/hotlines.csv", "/es/no/such/page", "/es/es/")) {
            Document page = pages.getWithStatus(address, 404);
            assertThat(page.selectFirst("html").attr("lang")).as(address).isEqualTo("es");
            assertThat(page.selectFirst("h1").text()).as(address).isEqualTo("No pudimos encontrar esa página");
            assertThat(page.select("main .urgent a[href^=tel:]")).extracting(a -> a.attr("href"))
                .contains("tel:911", "tel:+18883737888");
        }
        for (String file : List.of("/es/assets/site.css", "/es/sitemap.xml")) {
            assertThat(pages.exchange(file).getResponse().getStatus()).as(file).isEqualTo(404);
        }
        Document missing = pages.getWithStatus("/es/hotlines/no-such-line", 404);
        assertThat(missing.selectFirst("h1").text()).isEqualTo("No pudimos encontrar esa página");
        assertThat(missing.select("a[href=/es/hotlines]")).isNotEmpty();
    }

}
