package org.antitrafficking.directory.readmodel;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

/** A component as lists show it: what it is and where it sits. */
@Schema(description = "An agency, office, unit or centre, as lists show it.")
public record AgencySummary(RecordLink link, @Schema(
        description = "agency, bureau, office, division, directorate, section, unit, center, program-office or military-service") String kind,
        @Schema(description = "The department it belongs to.") RecordLink department,
        @Schema(description = "The component it sits in, if any.") @Nullable RecordLink parent,
        @Schema(description = "The functions it is tagged with.") List<WorkFunction> functions) {
}
