package org.antitrafficking.directory.readmodel;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A task force as the index lists it: what it is, where it works, who leads and its
 * figures.
 */
@Schema(description = "A task force as lists show it, with its leads and figures.")
public record TaskForceSummary(RecordLink link, String kind, List<TaskForceScope> scopes, List<RecordLink> leads,
        String description, List<WorkFunction> functions, List<FigureView> figures) {
}
