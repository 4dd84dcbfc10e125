package org.antitrafficking.directory.readmodel;

import java.time.Duration;
import java.util.function.Supplier;

import org.antitrafficking.directory.support.PageTest;
import org.junit.jupiter.api.Test;

import org.springframework.http.HttpHeaders;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An operator fixing a number with SQL, outside the application: the page shows the fix within five
 * seconds, without a restart, under a new ETag. The test puts the number back afterwards.
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
            long took = waitUntil(() -> body("/hotlines/fbi-tips").contains(corrected));
            assertThat(took).as("milliseconds until the page showed the change").isLessThan(DEADLINE.toMillis());
            assertThat(pages.exchange("/hotlines/fbi-tips").getResponse().getHeader(HttpHeaders.ETAG)).isNotEqualTo(etag);
            assertThat(mvc.get().uri("/hotlines/fbi-tips").header(HttpHeaders.IF_NONE_MATCH, etag).exchange()
                .getResponse().getStatus()).as("a client holding the old page gets the new one").isEqualTo(200);
        }
        finally {
            setInstructions(original);
            waitUntil(() -> !body("/hotlines/fbi-tips").contains(corrected));
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

    /** Milliseconds until the condition held; fails after twice the deadline. */
    private static long waitUntil(Supplier<Boolean> condition) throws InterruptedException {
        long start = System.nanoTime();
        while (!condition.get()) {
            assertThat(System.nanoTime() - start).as("waited for the change").isLessThan(DEADLINE.multipliedBy(2).toNanos());
            Thread.sleep(50);
        }
        return (System.nanoTime() - start) / 1_000_000;
    }
}
