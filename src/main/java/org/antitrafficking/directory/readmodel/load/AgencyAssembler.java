package org.antitrafficking.directory.readmodel.load;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.antitrafficking.directory.readmodel.AgencyDirectory;
import org.antitrafficking.directory.readmodel.AgencyNode;
import org.antitrafficking.directory.readmodel.AgencyPage;
import org.antitrafficking.directory.readmodel.AgencySummary;
import org.antitrafficking.directory.readmodel.RecordLink;
import org.antitrafficking.directory.readmodel.load.DirectoryRows.ComponentRow;
import org.antitrafficking.directory.readmodel.load.DirectoryRows.DepartmentRow;
import org.antitrafficking.directory.readmodel.load.DirectoryRows.HotlineRow;

import static org.antitrafficking.directory.readmodel.load.Rows.functions;
import static org.antitrafficking.directory.readmodel.load.Rows.links;

/**
 * Agencies and offices: as lists show them, as trees under their departments, and as
 * their pages do, with their place in the department from the top down.
 */
final class AgencyAssembler {

    private final Links links;

    private final Groups groups;

    private final ProgramAssembler programs;

    private final Map<Long, AgencyNode> nodes = new HashMap<>();

    AgencyAssembler(Links links, Groups groups, ProgramAssembler programs) {
        this.links = links;
        this.groups = groups;
        this.programs = programs;
    }

    /** Each department that has components, with them as a tree. */
    List<AgencyDirectory> trees(List<DepartmentRow> departmentsByName) {
        return departmentsByName.stream()
            .filter(row -> groups.topComponentsByDepartment.containsKey(row.id()))
            .map(row -> new AgencyDirectory(links.departments.get(row.id()),
                    forest(groups.topComponentsByDepartment.get(row.id()))))
            .toList();
    }

    /** The components under these, each with its own, as trees; none for none. */
    List<AgencyNode> forest(List<ComponentRow> roots) {
        return (roots == null) ? List.of() : roots.stream().map(this::node).toList();
    }

    private AgencyNode node(ComponentRow row) {
        AgencyNode node = nodes.get(row.id());
        if (node == null) {
            node = new AgencyNode(links.components.get(row.id()), row.kind(),
                    forest(groups.componentsByParent.get(row.id())));
            nodes.put(row.id(), node);
        }
        return node;
    }

    AgencySummary summary(ComponentRow row) {
        return new AgencySummary(links.components.get(row.id()), row.kind(), links.departments.get(row.departmentId()),
                (row.parentId() != null) ? links.components.get(row.parentId()) : null, functions(row.functions()));
    }

    AgencyPage page(ComponentRow row) {
        long id = row.id();
        List<RecordLink> breadcrumbs = new ArrayList<>();
        for (Long up = row.parentId(); up != null; up = links.componentRows.get(up).parentId()) {
            breadcrumbs.add(0, links.components.get(up));
        }
        breadcrumbs.add(0, links.departments.get(row.departmentId()));
        return new AgencyPage(links.components.get(id), row.kind(), row.description(), row.website(),
                List.copyOf(breadcrumbs), node(row).children(),
                groups.operatorsByComponent.getOrDefault(id, List.of())
                    .stream()
                    .map(operator -> programs.summary(operator.programId()))
                    .distinct()
                    .toList(),
                groups.taskForcesByComponent.getOrDefault(id, List.of()),
                links(groups.hotlinesByComponent.get(id), links.hotlines, HotlineRow::id),
                groups.handlersByComponent.getOrDefault(id, List.of())
                    .stream()
                    .map(handler -> links.reliefTypes.get(handler.reliefTypeId()))
                    .distinct()
                    .toList(),
                functions(row.functions()), groups.componentFigures.getOrDefault(id, List.of()),
                links.provenance(row.sources(), row.sourceNote()));
    }

}
