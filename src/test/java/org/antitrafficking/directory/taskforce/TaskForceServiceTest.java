package org.antitrafficking.directory.taskforce;

import java.util.List;

import org.antitrafficking.directory.readmodel.load.SmallDirectory;
import org.antitrafficking.directory.web.FunctionFilter;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The task forces a function filter passes, on the small directory. */
class TaskForceServiceTest {

    private final TaskForceService taskForces = new TaskForceService(SmallDirectory.readModel());

    @Test
    void shouldPassTheTaskForcesTaggedWithAnyChosenFunction() {
        assertThat(taskForces.matching(filter("prosecution"))).extracting(taskForce -> taskForce.link().slug())
            .containsExactly("trafficking-task-force");
        assertThat(taskForces.matching(filter("prevention", "protection"))).hasSize(1);
        assertThat(taskForces.matching(filter("prevention"))).isEmpty();
        assertThat(taskForces.matching(filter())).as("no filter").hasSize(1);
    }

    private static FunctionFilter filter(String... functions) {
        return FunctionFilter.of("/task-forces", List.of(functions));
    }

}
