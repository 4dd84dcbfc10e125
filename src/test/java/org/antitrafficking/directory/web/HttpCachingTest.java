package org.antitrafficking.directory.web;

import org.antitrafficking.directory.support.PageTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Pages, API responses and exports carry the data version as ETag and answer a repeat
 * with 304.
 */
class HttpCachingTest extends PageTest {

    @Autowired
    PageCacheFilter filter;

    @Test
    void shouldLetBrowsersKeepPagesFiveMinutesAndSharedCachesAMinuteAndServeStaleThroughAnOutage() {
        assertThat(filter.pageCacheControl())
            .isEqualTo("public, max-age=300, s-maxage=60, stale-while-revalidate=300, stale-if-error=86400");
        assertThat(filter.exportCacheControl())
            .isEqualTo("public, max-age=3600, s-maxage=300, stale-while-revalidate=3600, stale-if-error=86400");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|',
            value = { "/ | page", "/programs?function=prosecution | page", "/agencies/hsi | page",
                    "/api/v1/hotlines | page", "/api/v1/programs/blue-campaign | page", "/hsds/services | page",
                    "/export/departments.csv | export", "/export/directory.zip | export" })
    void shouldAnswerARepeatedRequestWith304(String uri, String kind) {
        String cacheControl = kind.equals("export") ? filter.exportCacheControl() : filter.pageCacheControl();
        MockHttpServletResponse first = pages.exchange(uri).getResponse();
        assertThat(first.getStatus()).isEqualTo(200);
        String etag = first.getHeader(HttpHeaders.ETAG);
        assertThat(etag).matches("W/\"[0-9a-f]{24}\"");
        assertThat(first.getHeader(HttpHeaders.CACHE_CONTROL)).isEqualTo(cacheControl);

        MockHttpServletResponse repeat = mvc.get()
            .uri(uri)
            .header(HttpHeaders.IF_NONE_MATCH, etag)
            .exchange()
            .getResponse();
        assertThat(repeat.getStatus()).isEqualTo(304);
        assertThat(repeat.getContentAsByteArray()).isEmpty();

        MockHttpServletResponse stale = mvc.get()
            .uri(uri)
            .header(HttpHeaders.IF_NONE_MATCH, "W/\"0123456789abcdef01234567\"")
            .exchange()
            .getResponse();
        assertThat(stale.getStatus()).isEqualTo(200);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({ "/agencies/area-51, 404", "/no/such/page, 404", "/programs?kind=party, 400",
            "/api/v1/programs/none, 404", "/api/v1/departments?sort=name, 400", "/export/secrets.csv, 404",
            "/hsds/services/none, 404", "/hsds/services?full=true, 400" })
    void shouldNeverStoreAnError(String uri, int status) {
        MockHttpServletResponse response = pages.exchange(uri).getResponse();
        assertThat(response.getStatus()).isEqualTo(status);
        assertThat(response.getHeader(HttpHeaders.ETAG)).isNull();
        assertThat(response.getHeader(HttpHeaders.CACHE_CONTROL)).isEqualTo("no-store");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({ "/search?q=visa", "/api/v1/search?q=visa", "/hsds/services?search=visa",
            "/hsds/organizations?search=labor" })
    void shouldNeverStoreASearch(String uri) {
        MockHttpServletResponse response = pages.exchange(uri).getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getHeader(HttpHeaders.ETAG)).isNull();
        assertThat(response.getHeader(HttpHeaders.CACHE_CONTROL)).isEqualTo("no-store");
        String etag = pages.exchange("/").getResponse().getHeader(HttpHeaders.ETAG);
        assertThat(mvc.get().uri(uri).header(HttpHeaders.IF_NONE_MATCH, etag).exchange().getResponse().getStatus())
            .isEqualTo(200);
    }

}
