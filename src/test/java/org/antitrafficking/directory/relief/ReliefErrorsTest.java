package org.antitrafficking.directory.relief;

import org.antitrafficking.directory.support.ErrorSliceTest;
import org.antitrafficking.directory.support.WebSlice;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.antitrafficking.directory.support.ErrorAnswers.noRecord;
import static org.assertj.core.api.Assertions.assertThat;

/** Every 404 and 400 of the immigration relief pages and API, on the small directory. */
@WebSlice({ ReliefController.class, ReliefApiController.class })
class ReliefErrorsTest extends ErrorSliceTest {

    @Test
    void shouldAnswerAnUnknownFormOfReliefWith404() {
        assertThat(answers.notFoundPage("/immigration-relief/x-visa"))
            .isEqualTo(noRecord("Form of immigration relief"));
        assertThat(answers.problem("/api/v1/immigration-relief/x-visa", 404))
            .isEqualTo("There is no relief-type with the slug “x-visa”.");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|',
            textBlock = """
                    /api/v1/immigration-relief?page=0                  | “0” is not a page number: pages are counted 1, 2, 3 and so on.
                    /api/v1/immigration-relief?size=101                | “101” is not a page size: use a whole number from 1 to 100.
                    /api/v1/immigration-relief?page=2                  | There is no page 2: the results fill 1 page.
                    /api/v1/immigration-relief?lang=es                 | Unknown query parameter: lang. This operation accepts: page, size.
                    /api/v1/immigration-relief/continued-presence?v=2  | Unknown query parameter: v. This operation accepts: none.
                    """)
    void shouldRefuseABadPageOrAnUnknownParameter(String uri, String detail) {
        assertThat(answers.problem(uri, 400)).isEqualTo(detail);
    }

}
