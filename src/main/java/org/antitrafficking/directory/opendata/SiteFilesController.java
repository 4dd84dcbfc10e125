package org.antitrafficking.directory.opendata;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;

import org.antitrafficking.directory.readmodel.DirectorySnapshot;
import org.antitrafficking.directory.readmodel.ReadModel;
import org.antitrafficking.directory.readmodel.RecordLink;
import org.antitrafficking.directory.web.SiteAddress;
import org.antitrafficking.directory.web.SiteContact;
import org.antitrafficking.directory.web.SiteLanguage;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.util.HtmlUtils;

/**
 * The files crawlers and security researchers look for: sitemap.xml, robots.txt and
 * security.txt. One of each for both languages.
 */
@Controller
class SiteFilesController {

    /** The index pages, before every record page. */
    private static final List<String> INDEX_PAGES = List.of("/", "/hotlines", "/departments", "/agencies", "/programs",
            "/task-forces", "/immigration-relief", "/functions", "/sources", "/safety", "/open-data", "/changes");

    /**
     * security.txt changes at most once a month, so every instance sends the same one.
     */
    private static final CacheControl SECURITY_TXT_CACHE = CacheControl.maxAge(Duration.ofDays(1)).cachePublic();

    private final ReadModel directory;

    private final SiteAddress site;

    private final SiteContact contact;

    SiteFilesController(ReadModel directory, SiteAddress site, SiteContact contact) {
        this.directory = directory;
        this.site = site;
        this.contact = contact;
    }

    /**
     * Every page in each language, each with its alternates (itself, the other language,
     * and English as the default), as search engines read {@code hreflang} in a sitemap.
     */
    @GetMapping(path = "/sitemap.xml")
    ResponseEntity<String> sitemap() {
        String base = baseUrl();
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
            .append("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\"")
            .append(" xmlns:xhtml=\"http://www.w3.org/1999/xhtml\">\n");
        for (String path : paths()) {
            for (SiteLanguage language : SiteLanguage.values()) {
                xml.append("  <url><loc>")
                    .append(HtmlUtils.htmlEscape(base + language.address(path, null)))
                    .append("</loc>");
                for (SiteLanguage alternate : SiteLanguage.values()) {
                    alternate(xml, alternate.tag(), base + alternate.address(path, null));
                }
                alternate(xml, "x-default", base + SiteLanguage.ENGLISH.address(path, null));
                xml.append("</url>\n");
            }
        }
        xml.append("</urlset>\n");
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_XML).body(xml.toString());
    }

    private static void alternate(StringBuilder xml, String language, String url) {
        xml.append("<xhtml:link rel=\"alternate\" hreflang=\"")
            .append(language)
            .append("\" href=\"")
            .append(HtmlUtils.htmlEscape(url))
            .append("\"/>");
    }

    @GetMapping(path = "/robots.txt")
    ResponseEntity<String> robots() {
        return text("User-agent: *\nAllow: /\nDisallow: /search\nDisallow: /es/search\n\nSitemap: " + baseUrl()
                + "/sitemap.xml\n");
    }

    /**
     * RFC 9116. The contact defaults to the conventional security@ mailbox of the site's
     * own host. It expires at the start of the month a year ahead: within the year the
     * RFC recommends, and the same on every instance whenever each started.
     */
    @GetMapping(path = "/.well-known/security.txt")
    ResponseEntity<String> securityTxt() {
        Instant expires = YearMonth.now(ZoneOffset.UTC).plusYears(1).atDay(1).atStartOfDay(ZoneOffset.UTC).toInstant();
        return ResponseEntity.ok()
            .cacheControl(SECURITY_TXT_CACHE)
            .contentType(new MediaType(MediaType.TEXT_PLAIN, StandardCharsets.UTF_8))
            .body("Contact: " + contact.security() + "\n" + "Expires: " + expires + "\n" + "Preferred-Languages: en\n"
                    + "Canonical: " + baseUrl() + "/.well-known/security.txt\n");
    }

    private List<String> paths() {
        DirectorySnapshot snapshot = directory.snapshot();
        List<String> records = snapshot.allRecords().stream().map(RecordLink::href).toList();
        List<String> functions = snapshot.functions().stream().map(page -> page.link().href()).toList();
        return Stream.of(INDEX_PAGES, functions, records).flatMap(List::stream).toList();
    }

    private String baseUrl() {
        return site.base();
    }

    private static ResponseEntity<String> text(String body) {
        return ResponseEntity.ok().contentType(new MediaType(MediaType.TEXT_PLAIN, StandardCharsets.UTF_8)).body(body);
    }

}
