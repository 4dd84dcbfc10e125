package org.antitrafficking.directory.program;

import java.util.List;

import org.antitrafficking.directory.function.Function;
import org.antitrafficking.directory.source.FigureView;
import org.antitrafficking.directory.source.Provenance;
import org.antitrafficking.directory.web.RecordLink;

/** Everything the page of one program shows. */
public record ProgramPage(RecordLink link, String kind, String description, String website,
        RecordLink department, RecordLink taskForce, RecordLink partOf, List<RecordLink> parts,
        List<Operator> operators, List<Function> functions, List<FigureView> figures, Provenance provenance) {

    /** The larger program this one is part of, if any, for the breadcrumbs. */
    public List<RecordLink> breadcrumbs() {
        return (partOf != null) ? List.of(partOf) : List.of();
    }

    /** A component that runs, supports or delivers the program. */
    public record Operator(RecordLink agency, String role) {
    }
}
