package org.antitrafficking.directory.agency;

import org.antitrafficking.directory.support.ErrorSliceTest;
import org.antitrafficking.directory.support.WebSlice;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.context.annotation.Import;

import static org.antitrafficking.directory.support.ErrorAnswers.UNKNOWN_FUNCTION;
import static org.antitrafficking.directory.support.ErrorAnswers.noRecord;
import static org.assertj.core.api.Assertions.assertThat;

/** Every 404 and 400 of the agency pages and API, on the small directory. */
@WebSlice({ AgencyController.class, AgencyApiController.class })
@Import(AgencyService.class)
class AgencyErrorsTest extends ErrorSliceTest {

    @Test
    void shouldAnswerAnUnknownAgencyWith404() {
        assertThat(answers.notFoundPage("/agencies/no-such-agency")).isEqualTo(noRecord("Agency or office"));
        assertThat(answers.problem("/api/v1/agencies/no-such-agency", 404))
            .isEqualTo("There is no agency with the slug “no-such-agency”.");
    }

    @Test
    void shouldRefuseAnUnknownFunction() {
        assertThat(answers.badRequestPage("/agencies?function=prevention&function=rescue")).isEqualTo(UNKNOWN_FUNCTION);
        assertThat(answers.problem("/api/v1/agencies?function=rescue", 400)).isEqualTo(UNKNOWN_FUNCTION);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|',
            textBlock = """
                    /api/v1/agencies?page=0          | “0” is not a page number: pages are counted 1, 2, 3 and so on.
                    /api/v1/agencies?size=101        | “101” is not a page size: use a whole number from 1 to 100.
                    /api/v1/agencies?page=2          | There is no page 2: the results fill 1 page.
                    /api/v1/agencies?sort=name       | Unknown query parameter: sort. This operation accepts: function, page, size.
                    /api/v1/agencies/hsi?expand=all  | Unknown query parameter: expand. This operation accepts: none.
                    """)
    void shouldRefuseABadPageOrAnUnknownParameter(String uri, String detail) {
        assertThat(answers.problem(uri, 400)).isEqualTo(detail);
    }

}
