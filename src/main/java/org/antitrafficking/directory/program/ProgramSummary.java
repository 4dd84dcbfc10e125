package org.antitrafficking.directory.program;

import java.util.Collection;
import java.util.List;

import org.antitrafficking.directory.department.Department;
import org.antitrafficking.directory.function.Function;
import org.antitrafficking.directory.web.MessageKeys;
import org.antitrafficking.directory.web.RecordLink;

/** A program as lists show it. */
public record ProgramSummary(RecordLink link, String kindKey, RecordLink department, List<Function> functions,
        String description) {

    public static ProgramSummary of(Program program) {
        return new ProgramSummary(program.link(), MessageKeys.of("program.kind", program.getKind()),
                program.getDepartment().map(Department::link).orElse(null),
                program.getFunctions().stream().sorted().toList(), program.getDescription());
    }

    public static List<ProgramSummary> of(Collection<Program> programs) {
        return programs.stream().map(ProgramSummary::of).toList();
    }
}
