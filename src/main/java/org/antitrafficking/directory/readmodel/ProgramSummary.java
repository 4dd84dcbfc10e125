package org.antitrafficking.directory.readmodel;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

/** A program as lists show it. */
@Schema(description = "A program as lists show it.")
public record ProgramSummary(RecordLink link, String kind, RecordLink department, List<Function> functions,
        String description) {
}
