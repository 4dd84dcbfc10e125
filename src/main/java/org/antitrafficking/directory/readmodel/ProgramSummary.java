package org.antitrafficking.directory.program;

import java.util.Collection;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import org.antitrafficking.directory.department.Department;
import org.antitrafficking.directory.function.Function;
import org.antitrafficking.directory.web.RecordLink;
import org.antitrafficking.directory.system.SlugEnumConverter;

/** A program as lists show it. */
@Schema(description = "A program as lists show it.")
public record ProgramSummary(RecordLink link, String kind, RecordLink department, List<Function> functions,
        String description) {

    public static ProgramSummary of(Program program) {
        return new ProgramSummary(program.link(), SlugEnumConverter.slugOf(program.getKind()),
                program.getDepartment().map(Department::link).orElse(null),
                program.getFunctions().stream().sorted().toList(), program.getDescription());
    }

    public static List<ProgramSummary> of(Collection<Program> programs) {
        return programs.stream().map(ProgramSummary::of).toList();
    }
}
