package org.antitrafficking.directory.readmodel;

import java.time.Duration;

import org.antitrafficking.directory.support.PageTest;
import org.junit.jupiter.api.Test;

import org.springframework.http.HttpHeaders;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.antitrafficking.directory.support.Eventually.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * An operator fixing a number with SQL, outside the application: the page shows the fix
 * within five seconds, without a restart, under a new ETag. The test puts the number back
 * afterwards.
 */
class DataChangeTest extends PageTest {

    private static final Duration DEADLINE = Duration.ofSeconds(5);

    @Test
    void shouldShowAChangeMadeWithSqlWithinFiveSecondsUnderANewETag() throws Exception {
        MockHttpServletResponse before = pages.exchange("/hotlines/fbi-tips").getResponse();
        String etag = before.getHeader(HttpHeaders.ETAG);
        String original = jdbc.queryForObject("""
                SELECT c.instructions FROM hotline_channel c JOIN hotline h ON h.id = c.hotline_id
                WHERE h.slug = 'fbi-tips' AND c.position = 1""", String.class);
        String corrected = "Corrected by an operator in an emergency";
        assertThat(before.getContentAsString()).doesNotContain(corrected);
        try {
            setInstructions(corrected);
            Duration took = waitUntil(() -> body("/hotlines/fbi-tips").contains(corrected), DEADLINE.multipliedBy(2));
            assertThat(took).as("time until the page showed the change").isLessThan(DEADLINE);
            assertThat(pages.exchange("/hotlines/fbi-tips").getResponse().getHeader(HttpHeaders.ETAG))
                .isNotEqualTo(etag);
            assertThat(mvc.get()
                .uri("/hotlines/fbi-tips")
                .header(HttpHeaders.IF_NONE_MATCH, etag)
                .exchange()
                .getResponse()
                .getStatus()).as("a client holding the old page gets the new one").isEqualTo(200);
        }
        finally {
            setInstructions(original);
            waitUntil(() -> !body("/hotlines/fbi-tips").contains(corrected), DEADLINE.multipliedBy(2));
        }
    }

    private void setInstructions(String instructions) {
        jdbc.update("""
                UPDATE hotline_channel SET instructions = ?
                WHERE position = 1 AND hotline_id = (SELECT id FROM hotline WHERE slug = 'fbi-tips')""", instructions);
    }

    private String body(String uri) {
        try {
            return pages.exchange(uri).getResponse().getContentAsString();
        }
        catch (java.io.UnsupportedEncodingException ex) {
            throw new IllegalStateException(ex);
        }
    }

}
