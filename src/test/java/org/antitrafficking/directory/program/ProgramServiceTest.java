package org.antitrafficking.directory.program;

import java.util.List;

import org.antitrafficking.directory.readmodel.ReadModel;
import org.antitrafficking.directory.support.PageTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.spy;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

/** A request for programs reads the snapshot once, so its checks and its answer come from one data version. */
class ProgramServiceTest extends PageTest {

    @Autowired
    ReadModel directory;

    @Test
    void shouldReadTheSnapshotOncePerRequest() {
        ReadModel counted = spy(directory);
        ProgramService programs = new ProgramService(counted);

        ProgramListPage page = programs.list(List.of("protection"), "dhs", null, "training", "1");
        assertThat(page.chips()).hasSize(3);
        verify(counted, times(1)).snapshot();

        programs.list(null, "doj", "grant-program", null, 1, 5);
        verify(counted, times(2)).snapshot();
    }
}
