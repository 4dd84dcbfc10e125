package org.antitrafficking.directory.department;

import org.antitrafficking.directory.support.ErrorSliceTest;
import org.antitrafficking.directory.support.WebSlice;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.antitrafficking.directory.support.ErrorAnswers.noRecord;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every 404 and 400 of the department pages and API, on the small directory; the API's
 * paging is checked here in full.
 */
@WebSlice({ DepartmentController.class, DepartmentApiController.class })
class DepartmentErrorsTest extends ErrorSliceTest {

    @Test
    void shouldAnswerAnUnknownDepartmentWith404() {
        assertThat(answers.notFoundPage("/departments/ministry-of-magic")).isEqualTo(noRecord("Department"));
        assertThat(answers.problem("/api/v1/departments/ministry-of-magic", 404)).as("the slug cut short")
            .isEqualTo("There is no department with the slug “ministry-of-magi…”.");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|',
            textBlock = """
                    /api/v1/departments?page=0                    | “0” is not a page number: pages are counted 1, 2, 3 and so on.
                    /api/v1/departments?page=-1                   | “-1” is not a page number: pages are counted 1, 2, 3 and so on.
                    /api/v1/departments?page=first                | “first” is not a page number: pages are counted 1, 2, 3 and so on.
                    /api/v1/departments?page=12345678901234567890 | “1234567890123456…” is not a page number: pages are counted 1, 2, 3 and so on.
                    /api/v1/departments?size=0                    | “0” is not a page size: use a whole number from 1 to 100.
                    /api/v1/departments?size=101                  | “101” is not a page size: use a whole number from 1 to 100.
                    /api/v1/departments?size=ten                  | “ten” is not a page size: use a whole number from 1 to 100.
                    /api/v1/departments?page=99                   | There is no page 99: the results fill 1 page.
                    /api/v1/departments?sort=name                 | Unknown query parameter: sort. This operation accepts: page, size.
                    /api/v1/departments/dhs?expand=all            | Unknown query parameter: expand. This operation accepts: none.
                    """)
    void shouldRefuseABadPageOrAnUnknownParameter(String uri, String detail) {
        assertThat(answers.problem(uri, 400)).isEqualTo(detail);
    }

}
