package org.antitrafficking.directory.web;

import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpServletRequest;

import static org.assertj.core.api.Assertions.assertThat;

class PageLookupTest {

    private static final String ETAG = "W/\"0123456789abcdef01234567\"";

    @Test
    void shouldFindTheEtagInIfNoneMatchComparedWeakly() {
        assertThat(PageLookup.holds(ETAG, ETAG)).isTrue();
        assertThat(PageLookup.holds("\"0123456789abcdef01234567\"", ETAG)).as("the strong form").isTrue();
        assertThat(PageLookup.holds("W/\"old\", " + ETAG, ETAG)).as("one of a list").isTrue();
        assertThat(PageLookup.holds("*", ETAG)).isTrue();
    }

    @Test
    void shouldNotFindAnotherEtagOrNone() {
        assertThat(PageLookup.holds(null, ETAG)).isFalse();
        assertThat(PageLookup.holds("", ETAG)).isFalse();
        assertThat(PageLookup.holds("W/\"old\", \"older\"", ETAG)).isFalse();
        assertThat(PageLookup.holds("W/\"0123456789abcdef0123456\"", ETAG)).as("a prefix").isFalse();
    }

    @Test
    void shouldTakeOnlyTheAddressCanonicalQueryWouldWriteAsCanonical() {
        assertThat(PageLookup.isCanonical("/hotlines", null, "/hotlines")).isTrue();
        assertThat(PageLookup.isCanonical("/programs", "function=protection", "/programs?function=protection"))
            .isTrue();
        assertThat(PageLookup.isCanonical("/programs", "page=2&function=protection",
                "/programs?function=protection&page=2"))
            .as("another order")
            .isFalse();
        assertThat(PageLookup.isCanonical("/programs", "function=", "/programs")).as("a blank parameter").isFalse();
        assertThat(PageLookup.isCanonical("/programs", "", "/programs")).as("a bare question mark").isFalse();
    }

    @Test
    void shouldReadThePathWithoutTheContextAndTheOriginAsTheServerSawIt() {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/directory/hotlines");
        request.setContextPath("/directory");
        request.setScheme("https");
        request.setServerName("example.org");
        request.setServerPort(8443);
        assertThat(PageLookup.path(request)).isEqualTo("/hotlines");
        assertThat(PageLookup.origin(request)).isEqualTo("https://example.org:8443");
    }

}
