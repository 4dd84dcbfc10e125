package org.antitrafficking.directory.web;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.mock.web.MockHttpServletRequest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The editors' pages are recognised however their address is written, so that the page
 * cache never keeps one and none waits in the render line.
 */
class EditorAreaTest {

    @ParameterizedTest
    @ValueSource(strings = { "/editor", "/editor/", "/editor/password", "/editor;jsessionid=1", "/editor;x=1/password",
            "/%65ditor", "/%65ditor/password", "/editor%2Fpassword", "//editor", "///editor/sign-in", "/./editor",
            "/assets/../editor", "/editor/./password", "/%zz/../editor" })
    void shouldCoverEveryWayOfWritingAnEditorAddress(String path) {
        assertThat(EditorArea.covers(new MockHttpServletRequest("GET", path))).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = { "/", "/programs", "/search", "/sources/dhs-in-action", "/assets/site.css", "/programs;x=1",
            "/hotlines/%65" })
    void shouldLeaveThePublicSiteAlone(String path) {
        assertThat(EditorArea.covers(new MockHttpServletRequest("GET", path))).isFalse();
    }

}
