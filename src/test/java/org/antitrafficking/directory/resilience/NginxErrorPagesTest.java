package org.antitrafficking.directory.resilience;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.antitrafficking.directory.support.RepositoryTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The pages nginx answers with by itself (too many requests, both instances down) are
 * static files, so their numbers are checked against the data's: 911 and the national
 * hotline's first number to call and to text, written and dialled exactly as the data has
 * them, with a way out first.
 */
@RepositoryTest
class NginxErrorPagesTest {

    @Autowired
    JdbcTemplate jdbc;

    @ParameterizedTest
    @ValueSource(strings = { "429.html", "unavailable.html" })
    void shouldGiveTheDatasNumbersToCallAndText(String file) throws IOException {
        Document page = Jsoup.parse(Files.readString(Path.of("deploy/nginx/errors", file)));
        assertThat(page.selectFirst("html").attr("lang")).isEqualTo("en");
        assertThat(page.selectFirst("a").text()).as("the first link is the way out").isEqualTo("Exit this page");
        List<Element> numbers = page.select("main a[href^=tel:], main a[href^=sms:]");
        List<Map<String, Object>> expected = jdbc.queryForList(
                """
                        (SELECT c.kind, c.display_value, c.dial FROM hotline_channel c JOIN hotline h ON h.id = c.hotline_id
                         WHERE h.slug = 'emergency-911' AND c.kind = 'voice' ORDER BY c.position LIMIT 1)
                        UNION ALL
                        (SELECT c.kind, c.display_value, c.dial FROM hotline_channel c JOIN hotline h ON h.id = c.hotline_id
                         WHERE h.slug = 'national-human-trafficking-hotline' AND c.kind = 'voice' ORDER BY c.position LIMIT 1)
                        UNION ALL
                        (SELECT c.kind, c.display_value, c.dial FROM hotline_channel c JOIN hotline h ON h.id = c.hotline_id
                         WHERE h.slug = 'national-human-trafficking-hotline' AND c.kind = 'text' ORDER BY c.position LIMIT 1)""");
        assertThat(numbers).hasSize(expected.size());
        for (int i = 0; i < numbers.size(); i++) {
            Map<String, Object> channel = expected.get(i);
            String scheme = channel.get("kind").equals("text") ? "sms:" : "tel:";
            assertThat(numbers.get(i).attr("href")).isEqualTo(scheme + channel.get("dial"));
            assertThat(numbers.get(i).text()).isEqualTo(channel.get("display_value"));
        }
        assertThat(page.select("link, script, img, style")).as("nothing to load").isEmpty();
    }

}
