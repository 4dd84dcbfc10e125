package org.antitrafficking.directory.opendata.openreferral;

import org.antitrafficking.directory.support.ErrorSliceTest;
import org.antitrafficking.directory.support.WebSlice;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;

/** Every 404 and 400 of the Open Referral API, on the small directory. */
@WebSlice(HsdsController.class)
@Import({ HsdsService.class, OpenReferralDirectory.class })
class HsdsErrorsTest extends ErrorSliceTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            /hsds/services/nothing      | There is no service with the id “nothing”.
            /hsds/organizations/nothing | There is no organization with the id “nothing”.
            /hsds/taxonomies/nothing    | There is no taxonomy with the id “nothing”.
            """)
    void shouldAnswerAnUnknownIdWith404(String uri, String detail) {
        assertThat(answers.problem(uri, 404)).isEqualTo(detail);
    }

    @Test
    void shouldRefuseAParameterTheApiDoesNotTakeAndABadDate() {
        assertThat(answers.problem("/hsds/services?proximity=10", 400))
            .startsWith("Unknown query parameter: proximity.");
        assertThat(answers.problem("/hsds/services?modified_after=yesterday", 400)).contains("yesterday");
        assertThat(answers.problem("/hsds/services?per_page=101", 400)).contains("101");
    }

}
