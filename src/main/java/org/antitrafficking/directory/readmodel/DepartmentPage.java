package org.antitrafficking.directory.department;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import org.antitrafficking.directory.agency.AgencyNode;
import org.antitrafficking.directory.program.ProgramSummary;
import org.antitrafficking.directory.source.FigureView;
import org.antitrafficking.directory.source.Provenance;
import org.antitrafficking.directory.web.RecordLink;

/** Everything the page of one department shows. */
@Schema(description = "A department with its components as a tree, programs, task forces, hotlines, forms of relief, figures and sources.")
public record DepartmentPage(RecordLink link, String kind, String description, String website,
        List<FigureView> figures, List<AgencyNode> agencies, List<ProgramSummary> programs,
        List<RecordLink> taskForces, List<RecordLink> hotlines, List<RecordLink> reliefTypes, Provenance provenance) {
}
