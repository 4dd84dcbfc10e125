package org.antitrafficking.directory.readmodel.load;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.antitrafficking.directory.readmodel.OperatorRole;
import org.antitrafficking.directory.readmodel.ProgramPage;
import org.antitrafficking.directory.readmodel.ProgramSummary;
import org.antitrafficking.directory.readmodel.load.DirectoryRows.ProgramRow;

import static org.antitrafficking.directory.readmodel.load.Rows.functions;
import static org.antitrafficking.directory.readmodel.load.Rows.links;
import static org.antitrafficking.directory.readmodel.load.Rows.value;

/** Programs as lists show them and as their pages do. */
final class ProgramAssembler {

    private final Links links;

    private final Groups groups;

    private final Map<Long, ProgramSummary> summaries = new HashMap<>();

    ProgramAssembler(Links links, Groups groups, List<ProgramRow> programs) {
        this.links = links;
        this.groups = groups;
        programs.forEach(row -> summaries.put(row.id(), summaryOf(row)));
    }

    /** The summary of the program with this id, built once. */
    ProgramSummary summary(long id) {
        return summaries.get(id);
    }

    private ProgramSummary summaryOf(ProgramRow row) {
        return new ProgramSummary(links.programs.get(row.id()), row.kind(),
                (row.departmentId() != null) ? links.departments.get(row.departmentId()) : null, row.crossAgency(),
                functions(row.functions()), row.description());
    }

    ProgramPage page(ProgramRow row) {
        long id = row.id();
        return new ProgramPage(links.programs.get(id), row.kind(), row.description(), row.website(),
                (row.departmentId() != null) ? links.departments.get(row.departmentId()) : null,
                (row.taskForceId() != null) ? links.taskForces.get(row.taskForceId()) : null, row.crossAgency(),
                (row.parentId() != null) ? links.programs.get(row.parentId()) : null,
                links(groups.programsByParent.get(id), links.programs, ProgramRow::id),
                groups.operatorsByProgram.getOrDefault(id, List.of())
                    .stream()
                    .map(operator -> new ProgramPage.Operator(links.components.get(operator.componentId()),
                            value(OperatorRole.class, operator.role())))
                    .toList(),
                functions(row.functions()), groups.programFigures.getOrDefault(id, List.of()),
                links.provenance(row.sources(), row.sourceNote()));
    }

}
