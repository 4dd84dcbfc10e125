package org.antitrafficking.directory.web;

import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.antitrafficking.directory.support.PageTest;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every page in the sitemap, in either language, has its own meaningful title and a meta
 * description.
 */
class PageMetadataTest extends PageTest {

    private static final Pattern LOCATION = Pattern.compile("<loc>http://localhost([^<]*)</loc>");

    private static final String SITE = " | Federal Anti-Trafficking Directory";

    private static final String SITIO = " | Directorio Federal Contra la Trata de Personas";

    @Test
    void shouldGiveEveryPageATitleAndADescription() throws Exception {
        String sitemap = pages.exchange("/sitemap.xml").getResponse().getContentAsString();
        Matcher location = LOCATION.matcher(sitemap);
        Set<String> titles = new HashSet<>();
        int checked = 0;
        while (location.find()) {
            String path = location.group(1);
            Document page = pages.get(path);
            String title = page.title();
            String site = path.startsWith("/es/") ? SITIO : SITE;
            assertThat(title).as("title of %s", path).endsWith(site);
            assertThat(title.length()).as("title of %s says more than the site's name", path)
                .isGreaterThan(site.length() + 3);
            assertThat(titles.add(title)).as("title of %s is its own: %s", path, title).isTrue();
            assertThat(page.select("meta[name=description]").attr("content")).as("description of %s", path)
                .hasSizeGreaterThan(20);
            checked++;
        }
        assertThat(checked).isGreaterThan(200);
    }

}
