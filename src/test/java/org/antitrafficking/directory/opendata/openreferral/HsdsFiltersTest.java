package org.antitrafficking.directory.opendata.openreferral;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Stream;

import org.antitrafficking.directory.readmodel.InvalidRequestException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The API's search words and its modified_after time, as read from a request. */
class HsdsFiltersTest {

    private static final List<String> TEXTS = List.of("Human Trafficking Hotline", "T Visa: for victims of trafficking",
            "Forced labor tips");

    @Test
    void shouldKeepTheTextsThatHoldEverySearchedWordAnywhereWhateverTheCase() {
        assertThat(matching("TRAFFICKING")).containsExactly(TEXTS.get(0), TEXTS.get(1));
        assertThat(matching("traffick hot")).containsExactly(TEXTS.get(0));
        assertThat(matching("labour")).isEmpty();
    }

    /** A one-letter word narrows nothing, so "T visa" searches for "visa". */
    @Test
    void shouldIgnoreOneLetterWords() {
        assertThat(matching("t visa")).containsExactly(TEXTS.get(1));
        assertThat(matching("t")).isEqualTo(TEXTS);
    }

    @Test
    void shouldKeepEverythingWithoutWordsAndSkipMissingTexts() {
        assertThat(matching(null)).isEqualTo(TEXTS);
        assertThat(matching("  ?! ")).isEqualTo(TEXTS);
        Predicate<String[]> search = HsdsFilters.searching("visa", Arrays::stream);
        assertThat(search.test(new String[] { null, "U visa" })).isTrue();
        assertThat(search.test(new String[] { null, null })).isFalse();
    }

    @Test
    void shouldRefuseASearchLongerThanTheLimitOnceStripped() {
        String longest = "visa" + " ".repeat(HsdsFilters.MAX_SEARCH_LENGTH - 8) + "visa";
        assertThat(matching("  " + longest + "  ")).containsExactly(TEXTS.get(1));
        assertThatThrownBy(() -> matching(longest + "a")).isInstanceOf(InvalidRequestException.class)
            .extracting("messageKey")
            .isEqualTo("error.400.query-too-long");
    }

    @Test
    void shouldReadADateAndTimeWithItsOffsetOrADateAsItsStartInUtc() {
        assertThat(HsdsFilters.instant("2026-01-31T09:30:00+02:00")).isEqualTo(Instant.parse("2026-01-31T07:30:00Z"));
        assertThat(HsdsFilters.instant(" 2026-01-31T00:00:00Z ")).isEqualTo(Instant.parse("2026-01-31T00:00:00Z"));
        assertThat(HsdsFilters.instant("2026-01-31")).isEqualTo(Instant.parse("2026-01-31T00:00:00Z"));
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = { "garbage", "2026-01-31T00:00:00", "31/01/2026", "2026-02-30", "" })
    void shouldRefuseAnythingElseAsATime(String value) {
        assertThatThrownBy(() -> HsdsFilters.instant(value)).isInstanceOf(InvalidRequestException.class)
            .extracting("messageKey")
            .isEqualTo("api.invalid.modified-after");
    }

    private static List<String> matching(String search) {
        return TEXTS.stream().filter(HsdsFilters.searching(search, Stream::of)).toList();
    }

}
