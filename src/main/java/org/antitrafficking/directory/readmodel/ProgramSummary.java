package org.antitrafficking.directory.readmodel;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

/**
 * A program as lists show it. {@code department} is null for a program of a coordination
 * body and for a plan several departments share ({@code crossAgency}).
 */
@Schema(description = "A program as lists show it; department is absent for a program of a coordination body and for a plan of several departments (crossAgency).")
public record ProgramSummary(RecordLink link, String kind, @Nullable RecordLink department, boolean crossAgency,
        List<WorkFunction> functions, String description) {
}
