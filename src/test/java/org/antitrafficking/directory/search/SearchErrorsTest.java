package org.antitrafficking.directory.search;

import org.antitrafficking.directory.support.ErrorSliceTest;
import org.antitrafficking.directory.support.WebSlice;
import org.junit.jupiter.api.Test;

import org.springframework.context.annotation.Import;
import org.springframework.http.HttpHeaders;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;

/** The 400s of the search page and API, on the small directory. */
@WebSlice({ SearchController.class, SearchApiController.class })
@Import(SearchService.class)
class SearchErrorsTest extends ErrorSliceTest {

    private static final String TOO_LONG = "hiding from my partner ".repeat(9);

    private static final String PROBLEM = "That search is too long: please use at most 200 characters.";

    @Test
    void shouldRefuseWordsTooLongToSearchWithoutRepeatingThem() {
        String query = "/search?q=" + TOO_LONG.replace(" ", "%20");
        assertThat(answers.badRequestPage(query)).isEqualTo(PROBLEM);
        assertThat(answers.body(query)).doesNotContain("partner");
        assertThat(answers.problem("/api/v1/search?q=" + TOO_LONG.replace(" ", "+"), 400)).isEqualTo(PROBLEM);
    }

    @Test
    void shouldRefuseAParameterTheApiDoesNotTake() {
        assertThat(answers.problem("/api/v1/search?q=hsi&lang=fr", 400))
            .isEqualTo("Unknown query parameter: lang. This operation accepts: q.");
    }

    @Test
    void shouldSendThePageWithAnUnknownParameterToItsAddressWithoutIt() {
        MockHttpServletResponse response = answers.exchange("/search?lang=fr&q=visa");
        assertThat(response.getStatus()).isEqualTo(301);
        assertThat(response.getHeader(HttpHeaders.LOCATION)).isEqualTo("/search?q=visa");
        assertThat(response.getHeader(HttpHeaders.CACHE_CONTROL)).isEqualTo("no-store");
    }

}
