package org.antitrafficking.directory.readmodel;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A program as lists show it. {@code department} is null for a program of a coordination
 * body and for a plan several departments share ({@code crossAgency}).
 */
public record ProgramSummary(RecordLink link, String kind, @Nullable RecordLink department, boolean crossAgency,
        List<WorkFunction> functions, String description) {
}
