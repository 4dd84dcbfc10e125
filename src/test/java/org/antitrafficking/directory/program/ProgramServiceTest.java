package org.antitrafficking.directory.program;

import java.util.List;

import org.antitrafficking.directory.readmodel.DepartmentChoices;
import org.antitrafficking.directory.readmodel.DirectorySnapshot;
import org.antitrafficking.directory.readmodel.ReadModel;
import org.antitrafficking.directory.readmodel.RecordLink;
import org.antitrafficking.directory.support.PageTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
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
class ProgramServiceTest extends PageTest {

    @Autowired
    ReadModel directory;

    @Test
    void shouldReadTheSnapshotOncePerRequest() {
        ReadModel counted = spy(directory);
        ProgramService programs = new ProgramService(counted);

        ProgramListPage page = programs.list(ProgramFilters.of(List.of("protection"), "dhs", null, "training", 1),
                ProgramService.PAGE_SIZE);
        assertThat(page.chips()).hasSize(3);
        verify(counted, times(1)).snapshot();

        programs.list(ProgramFilters.of(null, "doj", "grant-program", null, 1), 5);
        verify(counted, times(2)).snapshot();
    }

    /**
     * Where the form offers only the busiest departments and the visitor chose another,
     * that one is offered too, and the hint still counts the busiest only.
     */
    @Test
    void shouldCountTheBusiestDepartmentsInTheHintWithoutTheChosenOne() {
        DirectorySnapshot snapshot = directory.snapshot();
        List<RecordLink> withPrograms = snapshot.programDepartments().offered();
        assertThat(withPrograms).hasSizeGreaterThan(3);
        DirectorySnapshot busiestThree = spy(snapshot);
        doReturn(new DepartmentChoices(withPrograms.subList(0, 3), withPrograms.size())).when(busiestThree)
            .programDepartments();
        ReadModel readModel = mock(ReadModel.class);
        when(readModel.snapshot()).thenReturn(busiestThree);
        String chosen = withPrograms.get(3).slug();

        ProgramListPage page = new ProgramService(readModel).list(ProgramFilters.of(null, chosen, null, null, 1),
                ProgramService.PAGE_SIZE);
        assertThat(page.departments()).hasSize(4).extracting(RecordLink::slug).contains(chosen);
        assertThat(page.allDepartments()).isFalse();
        assertThat(page.busiestDepartments()).isEqualTo(3);
    }

}
