package org.antitrafficking.directory.readmodel;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Everything the page of one component shows. {@code breadcrumbs} runs from its
 * department down to its direct parent.
 */
public record AgencyPage(RecordLink link, String kind, String description, @Nullable String website,
        List<RecordLink> breadcrumbs, List<AgencyNode> units, List<ProgramSummary> programs,
        List<RecordLink> taskForces, List<RecordLink> hotlines, List<RecordLink> reliefTypes,
        List<WorkFunction> functions, List<FigureView> figures, Provenance provenance) {

    /** The component or department it sits directly in. */
    public RecordLink parent() {
        return breadcrumbs.get(breadcrumbs.size() - 1);
    }
}
