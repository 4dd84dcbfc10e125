package org.antitrafficking.directory.hotline;

import org.antitrafficking.directory.support.ErrorSliceTest;
import org.antitrafficking.directory.support.WebSlice;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;

/** Every 404 and 400 of the hotline pages and API, on the small directory. */
@WebSlice({ HotlineController.class, HotlineApiController.class })
@Import(HotlineService.class)
class HotlineErrorsTest extends ErrorSliceTest {

    @Test
    void shouldAnswerAnUnknownHotlineWithThe404Page() {
        assertThat(answers.notFoundPage("/hotlines/no-such-line")).isEqualTo(
                "There is nothing at this address in the directory (Hotline). The link may be out of date, or the name in it mistyped.");
        assertThat(answers.problem("/api/v1/hotlines/no-such-line", 404))
            .isEqualTo("There is no hotline with the slug “no-such-line”.");
    }

    @Test
    void shouldRefuseAnUnknownPurposeSayingWhichThereAre() {
        String expected = "There is no purpose called “gossip”. Choose emergency, get-help, report-tip or check-case.";
        assertThat(answers.badRequestPage("/hotlines?purpose=gossip")).isEqualTo(expected);
        assertThat(answers.problem("/api/v1/hotlines?purpose=gossip", 400)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|',
            textBlock = """
                    /api/v1/hotlines?page=0          | “0” is not a page number: pages are counted 1, 2, 3 and so on.
                    /api/v1/hotlines?page=two        | “two” is not a page number: pages are counted 1, 2, 3 and so on.
                    /api/v1/hotlines?size=101        | “101” is not a page size: use a whole number from 1 to 100.
                    /api/v1/hotlines?page=2          | There is no page 2: the results fill 1 page.
                    /api/v1/hotlines?sort=name       | Unknown query parameter: sort. This operation accepts: page, purpose, size.
                    /api/v1/hotlines/emergency-911?x=1 | Unknown query parameter: x. This operation accepts: none.
                    """)
    void shouldRefuseABadPageOrAnUnknownParameter(String uri, String detail) {
        assertThat(answers.problem(uri, 400)).isEqualTo(detail);
    }

}
