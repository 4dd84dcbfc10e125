package org.antitrafficking.directory.web;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** One spelling for every query string that asks for the same page. */
class CanonicalQueryTest {

    @Test
    void shouldSpellTheSameParametersAlikeWhateverTheirOrder() {
        Map<String, String[]> asked = new LinkedHashMap<>();
        asked.put("page", new String[] { "02" });
        asked.put("function", new String[] { "protection", "prevention" });
        asked.put("department", new String[] { "" });
        assertThat(CanonicalQuery.of(asked)).isEqualTo("function=prevention&function=protection&page=2");
        Map<String, String[]> other = new LinkedHashMap<>();
        other.put("function", new String[] { "prevention", " protection " });
        other.put("page", new String[] { "2" });
        assertThat(CanonicalQuery.of(other)).isEqualTo(CanonicalQuery.of(asked));
    }

    @Test
    void shouldLeaveOutBlankValuesAndParametersWithoutOne() {
        assertThat(CanonicalQuery.of(Map.of("q", new String[] { " ", "" }, "kind", new String[] { "  " }))).isEmpty();
        assertThat(CanonicalQuery.target("/programs", Map.of("q", new String[] { "" }))).isEqualTo("/programs");
        assertThat(CanonicalQuery.target("/programs", Map.of())).isEqualTo("/programs");
    }

    @Test
    void shouldDropLeadingZerosOfNumbersOnly() {
        assertThat(CanonicalQuery.of(Map.of("page", new String[] { "007" }))).isEqualTo("page=7");
        assertThat(CanonicalQuery.of(Map.of("page", new String[] { "00" }))).isEqualTo("page=0");
        assertThat(CanonicalQuery.of(Map.of("page", new String[] { "0" }))).isEqualTo("page=0");
        assertThat(CanonicalQuery.of(Map.of("page", new String[] { "0012345678" }))).as("too long to be a page")
            .isEqualTo("page=0012345678");
        assertThat(CanonicalQuery.of(Map.of("kind", new String[] { "007a" }))).isEqualTo("kind=007a");
    }

    @Test
    void shouldEncodeEveryPartAlike() {
        assertThat(CanonicalQuery.of(Map.of("q", new String[] { "t & u visa" }))).isEqualTo("q=t%20%26%20u%20visa");
        assertThat(CanonicalQuery.of(Map.of("q", new String[] { "trata de personas niño" })))
            .isEqualTo("q=trata%20de%20personas%20ni%C3%B1o");
        assertThat(CanonicalQuery.of(Map.of("a=b", new String[] { "c" }))).isEqualTo("a%3Db=c");
    }

    @Test
    void shouldKeepOnlyTheParametersAHandlerTakes() {
        Map<String, String[]> asked = new LinkedHashMap<>();
        asked.put("utm_source", new String[] { "mail" });
        asked.put("function", new String[] { "prevention" });
        asked.put("fbclid", new String[] { "abc" });
        Map<String, String[]> kept = CanonicalQuery.only(asked, Set.of("function", "page"));
        assertThat(kept).containsOnlyKeys("function");
        assertThat(CanonicalQuery.target("/programs", kept)).isEqualTo("/programs?function=prevention");
        String[] original = asked.get("function");
        kept.get("function")[0] = "changed";
        assertThat(original[0]).as("a copy, not the request's own array").isEqualTo("prevention");
    }

}
