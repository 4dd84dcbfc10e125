package org.antitrafficking.directory.search;

import org.antitrafficking.directory.readmodel.InvalidRequestException;
import org.antitrafficking.directory.readmodel.RecordKind;
import org.antitrafficking.directory.readmodel.load.SmallDirectory;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The site's search on the small directory, without a Spring context: hits grouped by
 * kind, a misspelt word corrected only when the words as typed find nothing.
 */
class SearchServiceTest {

    private final SearchService search = new SearchService(SmallDirectory.readModel());

    @Test
    void shouldFindNothingForNoWordsAtAll() {
        assertThat(search.search(null).groups()).isEmpty();
        assertThat(search.search("").groups()).isEmpty();
        assertThat(search.search(" -- ").groups()).isEmpty();
    }

    @Test
    void shouldGroupTheHitsByKindBestGroupFirst() {
        SearchResults results = search.search(" campaign ");
        assertThat(results.query()).isEqualTo("campaign");
        assertThat(results.correctedQuery()).isNull();
        assertThat(results.groups()).extracting(SearchResults.Group::kind)
            .startsWith(RecordKind.PROGRAM)
            .doesNotHaveDuplicates();
        assertThat(results.groups().get(0).hits()).extracting(hit -> hit.link().slug())
            .containsExactly("blue-campaign");
    }

    @Test
    void shouldCorrectAMisspeltWordWhenTheWordsAsTypedFindNothing() {
        SearchResults results = search.search("blue campain");
        assertThat(results.correctedQuery()).isEqualTo("blue campaign");
        assertThat(results.groups()).isNotEmpty();
        assertThat(results.groups().get(0).hits()).extracting(hit -> hit.link().slug()).contains("blue-campaign");
    }

    @Test
    void shouldLeaveShortAndUnmatchableWordsAsTheyAre() {
        SearchResults shortWord = search.search("hsx");
        assertThat(shortWord.correctedQuery()).as("too short to tell a typo from a word").isNull();
        assertThat(shortWord.groups()).isEmpty();
        SearchResults nothing = search.search("xylophone");
        assertThat(nothing.correctedQuery()).isNull();
        assertThat(nothing.groups()).isEmpty();
    }

    @Test
    void shouldAnswerPunctuationAloneWithNoResults() {
        SearchResults results = search.search(" !!! ");
        assertThat(results.query()).isEqualTo("!!!");
        assertThat(results.groups()).isEmpty();
        assertThat(search.search("  ").query()).isEmpty();
    }

    @Test
    void shouldRefuseWordsTooLongToSearch() {
        assertThat(search.search("a".repeat(SearchService.MAX_QUERY_LENGTH)).query()).hasSize(200);
        assertThatThrownBy(() -> search.search("a".repeat(SearchService.MAX_QUERY_LENGTH + 1)))
            .isInstanceOfSatisfying(InvalidRequestException.class, ex -> {
                assertThat(ex.getMessageKey()).isEqualTo("error.400.query-too-long");
                assertThat(ex.getArguments()).containsExactly(200);
            });
    }

}
