package org.antitrafficking.directory.program;

import org.antitrafficking.directory.support.ErrorSliceTest;
import org.antitrafficking.directory.support.WebSlice;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.context.annotation.Import;

import static org.antitrafficking.directory.support.ErrorAnswers.noRecord;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every 404 and 400 of the program pages and API, on the small directory: each filter
 * refuses a value it does not know, and the page number one past the results.
 */
@WebSlice({ ProgramController.class, ProgramApiController.class })
@Import(ProgramService.class)
class ProgramErrorsTest extends ErrorSliceTest {

    private static final String TOO_LONG = "a".repeat(ProgramFilters.MAX_QUERY_LENGTH + 1);

    @Test
    void shouldAnswerAnUnknownProgramWith404() {
        assertThat(answers.notFoundPage("/programs/no-such-program")).isEqualTo(noRecord("Program"));
        assertThat(answers.problem("/api/v1/programs/no-such-program", 404))
            .isEqualTo("There is no program with the slug “no-such-program”.");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|',
            textBlock = """
                    /programs?function=rescue                  | There is no function called “rescue”. Choose prevention, protection, prosecution or partnership.
                    /programs?department=doj                   | There is no department with the short name “doj” in the directory.
                    /programs?kind=%3Cb%3Ebold%3C%2Fb%3E       | There is no kind of program called “<b>bold</b>”.
                    /programs?page=two                         | “two” is not a page number: pages are counted 1, 2, 3 and so on.
                    /programs?page=0                           | “0” is not a page number: pages are counted 1, 2, 3 and so on.
                    /programs?page=2                           | There is no page 2: these results fill 1 page.
                    /programs?function=protection&page=2       | There is no page 2: these results fill 1 page.
                    """)
    void shouldSayWhatIsWrongWithAFilterOnThePage(String uri, String problem) {
        assertThat(answers.badRequestPage(uri)).isEqualTo(problem);
    }

    @Test
    void shouldRefuseWordsTooLongToSearch() {
        String problem = "That search is too long: please use at most 200 characters.";
        assertThat(answers.badRequestPage("/programs?q=" + TOO_LONG)).isEqualTo(problem);
        assertThat(answers.problem("/api/v1/programs?q=" + TOO_LONG, 400)).isEqualTo(problem);
    }

    @Test
    void shouldShowAnInvalidValueAsTextNotMarkup() {
        assertThat(answers.body("/programs?kind=%3Cb%3Ebold%3C%2Fb%3E")).doesNotContain("<b>bold</b>")
            .contains("&lt;b&gt;bold&lt;/b&gt;");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|',
            textBlock = """
                    /api/v1/programs?function=rescue           | There is no function called “rescue”. Choose prevention, protection, prosecution or partnership.
                    /api/v1/programs?department=doj            | There is no department with the short name “doj” in the directory.
                    /api/v1/programs?kind=seminar              | There is no kind of program called “seminar”.
                    /api/v1/programs?page=0                    | “0” is not a page number: pages are counted 1, 2, 3 and so on.
                    /api/v1/programs?size=101                  | “101” is not a page size: use a whole number from 1 to 100.
                    /api/v1/programs?page=2                    | There is no page 2: these results fill 1 page.
                    /api/v1/programs?fuction=prosecution       | Unknown query parameter: fuction. This operation accepts: department, function, kind, page, q, size.
                    /api/v1/programs/blue-campaign?expand=all  | Unknown query parameter: expand. This operation accepts: none.
                    """)
    void shouldSayWhatIsWrongWithAFilterInTheApi(String uri, String detail) {
        assertThat(answers.problem(uri, 400)).isEqualTo(detail);
    }

}
