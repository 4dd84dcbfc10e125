package org.antitrafficking.directory.agency;

import java.util.List;

import org.antitrafficking.directory.readmodel.ReadModel;
import org.antitrafficking.directory.readmodel.load.SmallDirectory;
import org.antitrafficking.directory.web.FunctionFilter;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/**
 * Agencies grouped by department come from one snapshot: every agency finds its
 * department.
 */
class AgencyServiceTest {

    private final ReadModel directory = SmallDirectory.readModel();

    @Test
    void shouldReadTheSnapshotOncePerRequest() {
        ReadModel counted = mock(ReadModel.class);
        when(counted.snapshot()).thenReturn(directory.snapshot());
        AgencyService agencies = new AgencyService(counted);

        List<AgencyGroup> groups = agencies
            .matchingByDepartment(FunctionFilter.of("/agencies", List.of("prosecution")));
        assertThat(groups).hasSize(1);
        assertThat(groups.get(0).agencies()).extracting(agency -> agency.link().slug()).containsExactly("hsi");
        verify(counted, times(1)).snapshot();
    }

}
