package org.antitrafficking.directory.opendata;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.stream.Stream;

import org.antitrafficking.directory.system.SlugEnumConverter;
import org.antitrafficking.directory.web.RecordKind;
import org.antitrafficking.directory.web.SiteAddress;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Controller;
import org.springframework.util.StringUtils;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.util.HtmlUtils;

/** The files crawlers and security researchers look for: sitemap.xml, robots.txt and security.txt. */
@Controller
class SiteFilesController {

    /** The index pages, before every record page. */
    private static final List<String> INDEX_PAGES = List.of("/", "/hotlines", "/departments", "/agencies", "/programs",
            "/task-forces", "/immigration-relief", "/sources", "/safety", "/open-data");

    private static final Duration SECURITY_TXT_VALIDITY = Duration.ofDays(365);

    private final JdbcClient jdbc;
    private final SiteAddress site;
    private final String securityContact;
    private final Instant started = Instant.now().truncatedTo(ChronoUnit.SECONDS);

    SiteFilesController(JdbcClient jdbc, SiteAddress site, @Value("${directory.security-contact:}") String securityContact) {
        this.jdbc = jdbc;
        this.site = site;
        this.securityContact = securityContact;
    }

    @GetMapping(path = "/sitemap.xml")
    ResponseEntity<String> sitemap() {
        String base = baseUrl();
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
            .append("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        for (String path : paths()) {
            xml.append("  <url><loc>").append(HtmlUtils.htmlEscape(base + path)).append("</loc></url>\n");
        }
        xml.append("</urlset>\n");
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_XML).body(xml.toString());
    }

    @GetMapping(path = "/robots.txt")
    ResponseEntity<String> robots() {
        return text("User-agent: *\nAllow: /\nDisallow: /search\n\nSitemap: " + baseUrl() + "/sitemap.xml\n");
    }

    /** RFC 9116. The contact defaults to the conventional security@ mailbox of the site's own host. */
    @GetMapping(path = "/.well-known/security.txt")
    ResponseEntity<String> securityTxt() {
        String contact = StringUtils.hasText(securityContact) ? securityContact
                : "mailto:security@" + site.host();
        return text("Contact: " + contact + "\n"
                + "Expires: " + started.plus(SECURITY_TXT_VALIDITY) + "\n"
                + "Preferred-Languages: en\n"
                + "Canonical: " + baseUrl() + "/.well-known/security.txt\n");
    }

    private List<String> paths() {
        List<String> records = jdbc.sql("SELECT kind, slug FROM search_entry ORDER BY kind, slug")
            .query((row, number) -> SlugEnumConverter.fromSlug(RecordKind.class, row.getString("kind")).orElseThrow()
                .path(row.getString("slug")))
            .list();
        return Stream.concat(INDEX_PAGES.stream(), records.stream()).toList();
    }

    private String baseUrl() {
        return site.base();
    }

    private static ResponseEntity<String> text(String body) {
        return ResponseEntity.ok().contentType(new MediaType(MediaType.TEXT_PLAIN, StandardCharsets.UTF_8))
            .body(body);
    }
}
