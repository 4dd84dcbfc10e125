package org.antitrafficking.directory.readmodel;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

/**
 * Everything the page of one program shows. A plan of several departments
 * ({@code crossAgency}) has neither a department nor a coordination body.
 */
@Schema(description = "A program with its department or coordination body (or crossAgency, for a plan of several departments), the larger program it belongs to, its parts, who runs it, functions, figures and sources.")
public record ProgramPage(RecordLink link, String kind, String description, @Nullable String website,
        @Nullable RecordLink department, @Nullable RecordLink taskForce, boolean crossAgency,
        @Nullable RecordLink partOf, List<RecordLink> parts, List<Operator> operators, List<WorkFunction> functions,
        List<FigureView> figures, Provenance provenance) {

    /** The larger program this one is part of, if any, for the breadcrumbs. */
    public List<RecordLink> breadcrumbs() {
        return (partOf != null) ? List.of(partOf) : List.of();
    }

    /** A component that runs, supports or delivers the program. */
    @Schema(name = "ProgramOperator", description = "A component and its role: runs, supports or delivers.")
    public record Operator(RecordLink agency, OperatorRole role) {
    }
}
