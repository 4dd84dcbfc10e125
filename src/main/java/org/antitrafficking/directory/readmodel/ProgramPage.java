package org.antitrafficking.directory.readmodel;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Everything the page of one program shows. A plan of several departments
 * ({@code crossAgency}) has neither a department nor a coordination body.
 */
public record ProgramPage(RecordLink link, String kind, String description, @Nullable String website,
        @Nullable RecordLink department, @Nullable RecordLink taskForce, boolean crossAgency,
        @Nullable RecordLink partOf, List<RecordLink> parts, List<Operator> operators, List<WorkFunction> functions,
        List<FigureView> figures, Provenance provenance) {

    /** The larger program this one is part of, if any, for the breadcrumbs. */
    public List<RecordLink> breadcrumbs() {
        return (partOf != null) ? List.of(partOf) : List.of();
    }

    /** A component that runs, supports or delivers the program. */
    public record Operator(RecordLink agency, OperatorRole role) {
    }
}
