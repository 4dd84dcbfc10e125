package org.antitrafficking.directory.readmodel;

import java.util.List;

import org.jspecify.annotations.Nullable;

/** A component as lists show it: what it is and where it sits. */
public record AgencySummary(RecordLink link, String kind, RecordLink department, @Nullable RecordLink parent,
        List<WorkFunction> functions) {
}
