package org.antitrafficking.directory.web;

import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpServletRequest;

import static org.assertj.core.api.Assertions.assertThat;

/** What of a visitor's text a page repeats and a log line holds. */
class VisitorTextTest {

    @Test
    void shouldEchoAShortSingleLinePartOfAValue() {
        assertThat(VisitorText.echo("gossip")).isEqualTo("gossip");
        assertThat(VisitorText.echo("  gossip \n")).isEqualTo("gossip");
        assertThat(VisitorText.echo("call 1-900-555-0100 now, the directory's new number"))
            .isEqualTo("call 1-900-555-0…");
        assertThat(VisitorText.echo("a\r\nWARN forged")).isEqualTo("a  WARN forged");
        assertThat(VisitorText.echo("line\u2028break")).isEqualTo("line break");
        assertThat(VisitorText.echo(null)).isEmpty();
    }

    @Test
    void shouldCountCharactersNotCodeUnitsWhenCuttingAnEcho() {
        String emoji = "😀".repeat(20);
        assertThat(VisitorText.echo(emoji)).isEqualTo("😀".repeat(VisitorText.ECHO_LENGTH) + "…");
        assertThat(VisitorText.echo("x".repeat(VisitorText.ECHO_LENGTH))).as("exactly as long as allowed")
            .isEqualTo("x".repeat(VisitorText.ECHO_LENGTH));
        assertThat(VisitorText.echo("exactly sixteen  and more")).as("no space before the ellipsis")
            .isEqualTo("exactly sixteen…");
    }

    @Test
    void shouldNeverLetAValueStartALineOfTheLog() {
        assertThat(VisitorText.loggable("/agencies/x\r\nWARN FORGED entry"))
            .isEqualTo("/agencies/x??WARN FORGED entry");
        assertThat(VisitorText.loggable("a\u2028b\u2029c\u202Ed\tz")).isEqualTo("a?b?c?d?z");
        assertThat(VisitorText.loggable("ünïcode ok")).isEqualTo("ünïcode ok");
        assertThat(VisitorText.loggable(null)).isEqualTo("null");
    }

    @Test
    void shouldCutALongValueInTheLog() {
        String slug = "long".repeat(200);
        assertThat(VisitorText.loggable(slug)).hasSize(VisitorText.LOGGED_LENGTH + 1)
            .startsWith("longlong")
            .endsWith("…");
        assertThat(VisitorText.loggable("x".repeat(VisitorText.LOGGED_LENGTH))).doesNotContain("…");
    }

    @Test
    void shouldDescribeARequestByItsPathAndItsParametersNamesAlone() {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/programs");
        request.addParameter("q", "my husband hits me");
        request.addParameter("department", "whistleblower");
        assertThat(VisitorText.describe(request)).isEqualTo("/programs [department, q]");
        MockHttpServletRequest forged = new MockHttpServletRequest("GET", "/api/v1/programs");
        forged.addParameter("na\r\nWARN FORGED me", "1");
        assertThat(VisitorText.describe(forged)).isEqualTo("/api/v1/programs [na??WARN FORGED me]");
        assertThat(VisitorText.describe(new MockHttpServletRequest("GET", "/hotlines"))).isEqualTo("/hotlines");
    }

    @Test
    void shouldTellWhetherARequestCarriesAVisitorsWords() {
        MockHttpServletRequest words = new MockHttpServletRequest("GET", "/search");
        words.addParameter("q", "visa");
        assertThat(VisitorText.carriesWords(words)).isTrue();
        MockHttpServletRequest hsds = new MockHttpServletRequest("GET", "/hsds/services");
        hsds.addParameter("search", "", "shelter");
        assertThat(VisitorText.carriesWords(hsds)).isTrue();
        MockHttpServletRequest blank = new MockHttpServletRequest("GET", "/programs");
        blank.addParameter("q", " ");
        blank.addParameter("function", "prevention");
        assertThat(VisitorText.carriesWords(blank)).isFalse();
        MockHttpServletRequest other = new MockHttpServletRequest("GET", "/programs");
        other.addParameter("kind", "visa");
        assertThat(VisitorText.carriesWords(other)).isFalse();
    }

}
