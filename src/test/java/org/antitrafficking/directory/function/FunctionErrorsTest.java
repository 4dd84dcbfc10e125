package org.antitrafficking.directory.function;

import org.antitrafficking.directory.support.ErrorSliceTest;
import org.antitrafficking.directory.support.WebSlice;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.antitrafficking.directory.support.ErrorAnswers.noRecord;
import static org.assertj.core.api.Assertions.assertThat;

/** Every 404 and 400 of the function pages and API, on the small directory. */
@WebSlice({ FunctionController.class, FunctionApiController.class })
class FunctionErrorsTest extends ErrorSliceTest {

    @Test
    void shouldAnswerAnUnknownFunctionWith404() {
        assertThat(answers.notFoundPage("/functions/rescue")).isEqualTo(noRecord("Function"));
        assertThat(answers.problem("/api/v1/functions/rescue", 404))
            .isEqualTo("There is no function with the slug “rescue”.");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|',
            textBlock = """
                    /api/v1/functions?page=0              | “0” is not a page number: pages are counted 1, 2, 3 and so on.
                    /api/v1/functions?size=101            | “101” is not a page size: use a whole number from 1 to 100.
                    /api/v1/functions?page=2&size=4       | There is no page 2: the results fill 1 page.
                    /api/v1/functions?function=prevention | Unknown query parameter: function. This operation accepts: page, size.
                    /api/v1/functions/prevention?page=1   | Unknown query parameter: page. This operation accepts: none.
                    """)
    void shouldRefuseABadPageOrAnUnknownParameter(String uri, String detail) {
        assertThat(answers.problem(uri, 400)).isEqualTo(detail);
    }

}
