package org.antitrafficking.directory.agency;

import java.util.List;

import org.antitrafficking.directory.readmodel.ReadModel;
import org.antitrafficking.directory.support.PageTest;
import org.antitrafficking.directory.web.FunctionFilter;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.spy;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

/**
 * Agencies grouped by department come from one snapshot: every agency finds its
 * department.
 */
class AgencyServiceTest extends PageTest {

    @Autowired
    ReadModel directory;

    @Test
    void shouldReadTheSnapshotOncePerRequest() {
        ReadModel counted = spy(directory);
        AgencyService agencies = new AgencyService(counted);

        assertThat(agencies.matchingByDepartment(FunctionFilter.of("/agencies", List.of("prosecution")))).isNotEmpty();
        verify(counted, times(1)).snapshot();
    }

}
