package org.antitrafficking.directory.api;

import org.antitrafficking.directory.support.ErrorSliceTest;
import org.antitrafficking.directory.support.WebSlice;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An API address that names no operation gets a problem detail, not the site's HTML 404
 * page, whatever its parameters.
 */
@WebSlice(ApiFallbackController.class)
class ApiFallbackTest extends ErrorSliceTest {

    @ParameterizedTest
    @ValueSource(strings = { "/api/v1/unicorns", "/api/v1/no-such-thing?page=2&x=1", "/api/v2/agencies",
            "/hsds/no-such-table", "/api" + "/v1/agencies/hsi/units" })
    void shouldAnswerAnUnknownApiAddressWithAProblem(String uri) {
        assertThat(answers.problem(uri, 404)).isEqualTo(
                "There is no API operation at this address. The operations are described at /v3/api-docs and, for the Open Referral API under /hsds, at /v3/api-docs/hsds.");
    }

}
