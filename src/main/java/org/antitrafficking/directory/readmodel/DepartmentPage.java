package org.antitrafficking.directory.readmodel;

import java.util.List;

import org.jspecify.annotations.Nullable;

/** Everything the page of one department shows. */
public record DepartmentPage(RecordLink link, DepartmentKind kind, String description, @Nullable String website,
        List<FigureView> figures, List<AgencyNode> agencies, List<ProgramSummary> programs, List<RecordLink> taskForces,
        List<RecordLink> hotlines, List<RecordLink> reliefTypes, Provenance provenance) {
}
