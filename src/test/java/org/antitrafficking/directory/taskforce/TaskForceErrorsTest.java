package org.antitrafficking.directory.taskforce;

import org.antitrafficking.directory.support.ErrorSliceTest;
import org.antitrafficking.directory.support.WebSlice;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.context.annotation.Import;

import static org.antitrafficking.directory.support.ErrorAnswers.UNKNOWN_FUNCTION;
import static org.antitrafficking.directory.support.ErrorAnswers.noRecord;
import static org.assertj.core.api.Assertions.assertThat;

/** Every 404 and 400 of the task force pages and API, on the small directory. */
@WebSlice({ TaskForceController.class, TaskForceApiController.class })
@Import(TaskForceService.class)
class TaskForceErrorsTest extends ErrorSliceTest {

    @Test
    void shouldAnswerAnUnknownTaskForceWith404() {
        assertThat(answers.notFoundPage("/task-forces/no-such-task-force")).isEqualTo(noRecord("Task force"));
        assertThat(answers.problem("/api/v1/task-forces/no-such-task-force", 404)).as("the slug cut short")
            .isEqualTo("There is no task-force with the slug “no-such-task-for…”.");
    }

    @Test
    void shouldRefuseAnUnknownFunction() {
        assertThat(answers.badRequestPage("/task-forces?function=rescue")).isEqualTo(UNKNOWN_FUNCTION);
        assertThat(answers.problem("/api/v1/task-forces?function=rescue", 400)).isEqualTo(UNKNOWN_FUNCTION);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|',
            textBlock = """
                    /api/v1/task-forces?page=0                           | “0” is not a page number: pages are counted 1, 2, 3 and so on.
                    /api/v1/task-forces?size=101                         | “101” is not a page size: use a whole number from 1 to 100.
                    /api/v1/task-forces?page=2                           | There is no page 2: the results fill 1 page.
                    /api/v1/task-forces?scope=local                      | Unknown query parameter: scope. This operation accepts: function, page, size.
                    /api/v1/task-forces/trafficking-task-force?members=1 | Unknown query parameter: members. This operation accepts: none.
                    """)
    void shouldRefuseABadPageOrAnUnknownParameter(String uri, String detail) {
        assertThat(answers.problem(uri, 400)).isEqualTo(detail);
    }

}
