package org.antitrafficking.directory.readmodel;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A department as lists show it, with how many agencies and programs it has in the
 * directory.
 */
@Schema(description = "A department or other federal body, as lists show it.")
public record DepartmentSummary(RecordLink link,
        @Schema(description = "executive-department, executive-office or independent-agency") DepartmentKind kind,
        @Schema(description = "What it does against trafficking, in the directory's words.") String description,
        @Schema(description = "How many of its agencies and offices the directory lists.") long agencies,
        @Schema(description = "How many of its programs the directory lists.") long programs) {
}
