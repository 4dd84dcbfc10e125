package org.antitrafficking.directory.source;

import org.antitrafficking.directory.support.ErrorSliceTest;
import org.antitrafficking.directory.support.WebSlice;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.antitrafficking.directory.support.ErrorAnswers.noRecord;
import static org.assertj.core.api.Assertions.assertThat;

/** Every 404 and 400 of the source pages and API, on the small directory. */
@WebSlice({ SourceController.class, SourceApiController.class })
class SourceErrorsTest extends ErrorSliceTest {

    @Test
    void shouldAnswerAnUnknownSourceWith404() {
        assertThat(answers.notFoundPage("/sources/no-such-report")).isEqualTo(noRecord("Source"));
        assertThat(answers.problem("/api/v1/sources/no-such-report", 404))
            .isEqualTo("There is no source with the slug “no-such-report”.");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            /api/v1/sources?page=0                | “0” is not a page number: pages are counted 1, 2, 3 and so on.
            /api/v1/sources?size=101              | “101” is not a page size: use a whole number from 1 to 100.
            /api/v1/sources?page=3&size=1         | There is no page 3: the results fill 2 pages.
            /api/v1/sources?q=dhs                 | Unknown query parameter: q. This operation accepts: page, size.
            /api/v1/sources/dhs-in-action?full=1  | Unknown query parameter: full. This operation accepts: none.
            """)
    void shouldRefuseABadPageOrAnUnknownParameter(String uri, String detail) {
        assertThat(answers.problem(uri, 400)).isEqualTo(detail);
    }

}
