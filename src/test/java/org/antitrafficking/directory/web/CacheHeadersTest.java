package org.antitrafficking.directory.web;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CacheHeadersTest {

    @Test
    void shouldLetSharedCachesKeepPagesForTheSharedMaxAge() {
        CacheHeaders headers = new CacheHeaders(Duration.ofSeconds(60));
        assertThat(headers.page())
            .isEqualTo("public, max-age=300, s-maxage=60, stale-while-revalidate=300, stale-if-error=86400");
        assertThat(headers.export())
            .isEqualTo("public, max-age=3600, s-maxage=300, stale-while-revalidate=3600, stale-if-error=86400");
    }

    @Test
    void shouldKeepExportsInSharedCachesAtLeastFiveMinutesAndLongerIfPagesAre() {
        assertThat(new CacheHeaders(Duration.ofSeconds(5)).export()).contains("s-maxage=300,");
        CacheHeaders slow = new CacheHeaders(Duration.ofMinutes(10));
        assertThat(slow.page()).contains("s-maxage=600,");
        assertThat(slow.export()).contains("s-maxage=600,");
    }

    @Test
    void shouldCountTheSharedMaxAgeInWholeSeconds() {
        assertThat(new CacheHeaders(Duration.ofMillis(1500)).page()).contains("s-maxage=1,");
    }

    @Test
    void shouldGiveTheExportsTheirOwnAndEverythingElseThePages() {
        CacheHeaders headers = new CacheHeaders(Duration.ofSeconds(60));
        assertThat(headers.forPath("/export/directory.zip")).isEqualTo(headers.export());
        assertThat(headers.forPath("/export/departments.csv")).isEqualTo(headers.export());
        assertThat(headers.forPath("/")).isEqualTo(headers.page());
        assertThat(headers.forPath("/api/v1/hotlines")).isEqualTo(headers.page());
        assertThat(headers.forPath("/exports")).isEqualTo(headers.page());
    }

}
