package org.antitrafficking.directory.readmodel;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

/** Everything the page of one department shows. */
@Schema(description = "A department with its components as a tree, programs, task forces, hotlines, forms of relief, figures and sources.")
public record DepartmentPage(RecordLink link, DepartmentKind kind, String description, @Nullable String website,
        List<FigureView> figures, List<AgencyNode> agencies, List<ProgramSummary> programs, List<RecordLink> taskForces,
        List<RecordLink> hotlines, List<RecordLink> reliefTypes, Provenance provenance) {
}
