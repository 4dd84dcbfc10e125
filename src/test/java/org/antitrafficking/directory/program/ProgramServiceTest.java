package org.antitrafficking.directory.program;

import java.util.List;

import org.antitrafficking.directory.readmodel.DepartmentChoices;
import org.antitrafficking.directory.readmodel.DirectorySnapshot;
import org.antitrafficking.directory.readmodel.InvalidRequestException;
import org.antitrafficking.directory.readmodel.ReadModel;
import org.antitrafficking.directory.readmodel.RecordLink;
import org.antitrafficking.directory.readmodel.load.SmallDirectory;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.doReturn;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.spy;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/**
 * The programs a request asks for, from one snapshot, with the departments the filter
 * form offers.
 */
class ProgramServiceTest {

    private final ReadModel directory = SmallDirectory.readModel();

    @Test
    void shouldReadTheSnapshotOncePerRequest() {
        ReadModel counted = mock(ReadModel.class);
        when(counted.snapshot()).thenReturn(directory.snapshot());
        ProgramService programs = new ProgramService(counted);

        ProgramListPage page = programs.list(ProgramFilters.of(List.of("prevention"), "dhs", "campaign", "blue", 1),
                ProgramService.PAGE_SIZE);
        assertThat(page.programs()).extracting(program -> program.link().slug()).containsExactly("blue-campaign");
        assertThat(page.chips()).hasSize(4);
        verify(counted, times(1)).snapshot();

        programs.list(ProgramFilters.of(null, "dhs", null, null, 1), 5);
        verify(counted, times(2)).snapshot();
    }

    @Test
    void shouldRefuseADepartmentTheSnapshotDoesNotHave() {
        ProgramService programs = new ProgramService(directory);

        assertThatThrownBy(() -> programs.list(ProgramFilters.of(null, "doj", null, null, 1), ProgramService.PAGE_SIZE))
            .isInstanceOf(InvalidRequestException.class)
            .hasMessageContaining("programs.invalid.department");
    }

    /**
     * Where the form offers only the busiest departments and the visitor chose another,
     * that one is offered too, and the hint still counts the busiest only.
     */
    @Test
    void shouldCountTheBusiestDepartmentsInTheHintWithoutTheChosenOne() {
        DirectorySnapshot snapshot = directory.snapshot();
        DirectorySnapshot noneOffered = spy(snapshot);
        doReturn(new DepartmentChoices(List.of(), 1)).when(noneOffered).programDepartments();
        ReadModel readModel = mock(ReadModel.class);
        when(readModel.snapshot()).thenReturn(noneOffered);

        ProgramListPage page = new ProgramService(readModel).list(ProgramFilters.of(null, "dhs", null, null, 1),
                ProgramService.PAGE_SIZE);
        assertThat(page.departments()).extracting(RecordLink::slug).containsExactly("dhs");
        assertThat(page.allDepartments()).isFalse();
        assertThat(page.busiestDepartments()).isZero();
    }

}
