package org.antitrafficking.directory.readmodel;

import java.util.List;

/**
 * A task force as the index lists it: what it is, where it works, who leads and its
 * figures.
 */
public record TaskForceSummary(RecordLink link, String kind, List<TaskForceScope> scopes, List<RecordLink> leads,
        String description, List<WorkFunction> functions, List<FigureView> figures) {
}
