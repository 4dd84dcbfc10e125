package org.antitrafficking.directory.opendata;

import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;

import org.antitrafficking.directory.support.PageTest;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;

class SiteFilesTest extends PageTest {

    @Test
    void shouldListEveryRecordPageInTheSitemap() throws Exception {
        MockHttpServletResponse response = pages.exchange("/sitemap.xml").getResponse();
        assertThat(response.getContentType()).startsWith("application/xml");
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        NodeList locations = factory.newDocumentBuilder()
            .parse(new ByteArrayInputStream(response.getContentAsByteArray()))
            .getElementsByTagNameNS("http://www.sitemaps.org/schemas/sitemap/0.9", "loc");
        List<String> listed = new ArrayList<>();
        for (int i = 0; i < locations.getLength(); i++) {
            listed.add(locations.item(i).getTextContent());
        }
        List<String> recordPages = jdbc.queryForList("""
                SELECT 'http://localhost/departments/' || slug FROM department
                UNION ALL SELECT 'http://localhost/agencies/' || slug FROM component
                UNION ALL SELECT 'http://localhost/programs/' || slug FROM program
                UNION ALL SELECT 'http://localhost/task-forces/' || slug FROM task_force
                UNION ALL SELECT 'http://localhost/hotlines/' || slug FROM hotline
                UNION ALL SELECT 'http://localhost/immigration-relief/' || slug FROM relief_type
                UNION ALL SELECT 'http://localhost/sources/' || slug FROM source""", String.class);
        assertThat(listed).containsAll(recordPages)
            .containsAll(recordPages.stream()
                .map(page -> page.replace("http://localhost/", "http://localhost/es/"))
                .toList())
            .contains("http://localhost/", "http://localhost/hotlines", "http://localhost/es/",
                    "http://localhost/es/hotlines")
            .doesNotHaveDuplicates();
    }

    @Test
    void shouldGiveEveryPageInTheSitemapItsAlternatesInBothLanguages() throws Exception {
        MockHttpServletResponse response = pages.exchange("/sitemap.xml").getResponse();
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        NodeList urls = factory.newDocumentBuilder()
            .parse(new ByteArrayInputStream(response.getContentAsByteArray()))
            .getElementsByTagNameNS("http://www.sitemaps.org/schemas/sitemap/0.9", "url");
        assertThat(urls.getLength()).isGreaterThan(200);
        for (int i = 0; i < urls.getLength(); i++) {
            Element url = (Element) urls.item(i);
            String location = url.getElementsByTagNameNS("http://www.sitemaps.org/schemas/sitemap/0.9", "loc")
                .item(0)
                .getTextContent();
            String english = location.replaceFirst("^http://localhost/es/", "http://localhost/");
            String spanish = english.replaceFirst("^http://localhost/", "http://localhost/es/");
            NodeList links = url.getElementsByTagNameNS("http://www.w3.org/1999/xhtml", "link");
            List<String> alternates = new ArrayList<>();
            for (int j = 0; j < links.getLength(); j++) {
                Element link = (Element) links.item(j);
                assertThat(link.getAttribute("rel")).isEqualTo("alternate");
                alternates.add(link.getAttribute("hreflang") + " " + link.getAttribute("href"));
            }
            assertThat(alternates).as(location)
                .containsExactly("en " + english, "es " + spanish, "x-default " + english)
                .anySatisfy(alternate -> assertThat(alternate).endsWith(" " + location));
        }
    }

    @Test
    void shouldPointRobotsToTheSitemap() throws Exception {
        String robots = pages.exchange("/robots.txt").getResponse().getContentAsString();
        assertThat(robots).contains("User-agent: *")
            .contains("Disallow: /search\n", "Disallow: /es/search\n")
            .contains("Sitemap: http://localhost/sitemap.xml");
    }

    @Test
    void shouldPublishASecurityTxtThatHasNotExpired() throws Exception {
        String security = pages.exchange("/.well-known/security.txt").getResponse().getContentAsString();
        assertThat(security).containsPattern("(?m)^Contact: mailto:\\S+@\\S+$")
            .contains("Canonical: http://localhost/.well-known/security.txt");
        String expires = security.lines().filter(line -> line.startsWith("Expires: ")).findFirst().orElseThrow();
        assertThat(Instant.parse(expires.substring("Expires: ".length()))).isAfter(Instant.now());
    }

}
