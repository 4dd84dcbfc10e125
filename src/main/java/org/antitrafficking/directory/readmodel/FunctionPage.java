package org.antitrafficking.directory.readmodel;

import java.util.List;

/**
 * Everything tagged with one function: the agencies and offices, the task forces and the
 * programs that do it, each in the order of its own list.
 */
public record FunctionPage(WorkFunction function, List<AgencySummary> agencies, List<TaskForceSummary> taskForces,
        List<ProgramSummary> programs) {

    public FunctionPage {
        agencies = List.copyOf(agencies);
        taskForces = List.copyOf(taskForces);
        programs = List.copyOf(programs);
    }

    /** The link to this function's page. */
    public RecordLink link() {
        return new RecordLink(RecordKind.FUNCTION, function.slug(), function.label(), null);
    }

    /** How many records of every kind carry the function. */
    public int total() {
        return agencies.size() + taskForces.size() + programs.size();
    }
}
