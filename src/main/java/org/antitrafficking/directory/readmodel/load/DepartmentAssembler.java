package org.antitrafficking.directory.readmodel.load;

import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.antitrafficking.directory.readmodel.DepartmentChoices;
import org.antitrafficking.directory.readmodel.DepartmentGroup;
import org.antitrafficking.directory.readmodel.DepartmentKind;
import org.antitrafficking.directory.readmodel.DepartmentPage;
import org.antitrafficking.directory.readmodel.DepartmentSummary;
import org.antitrafficking.directory.readmodel.load.DirectoryRows.DepartmentRow;
import org.antitrafficking.directory.readmodel.load.DirectoryRows.HotlineRow;
import org.antitrafficking.directory.readmodel.load.DirectoryRows.ReliefRow;

import static org.antitrafficking.directory.readmodel.load.Rows.links;
import static org.antitrafficking.directory.readmodel.load.Rows.value;

/**
 * Departments as lists show them, grouped by kind, as their pages do, and as the choices
 * of the programs list.
 */
final class DepartmentAssembler {

    private final Links links;

    private final Groups groups;

    private final AgencyAssembler agencies;

    private final ProgramAssembler programs;

    DepartmentAssembler(Links links, Groups groups, AgencyAssembler agencies, ProgramAssembler programs) {
        this.links = links;
        this.groups = groups;
        this.agencies = agencies;
        this.programs = programs;
    }

    DepartmentSummary summary(DepartmentRow row) {
        return new DepartmentSummary(links.departments.get(row.id()), value(DepartmentKind.class, row.kind()),
                row.description(), groups.componentCounts.getOrDefault(row.id(), 0),
                groups.programsByDepartment.getOrDefault(row.id(), List.of()).size());
    }

    DepartmentPage page(DepartmentRow row) {
        long id = row.id();
        return new DepartmentPage(links.departments.get(id), value(DepartmentKind.class, row.kind()), row.description(),
                row.website(), groups.departmentFigures.getOrDefault(id, List.of()),
                agencies.forest(groups.topComponentsByDepartment.get(id)),
                groups.programsByDepartment.getOrDefault(id, List.of())
                    .stream()
                    .map(program -> programs.summary(program.id()))
                    .toList(),
                groups.taskForcesByDepartment.getOrDefault(id, List.of()),
                links(groups.hotlinesByDepartment.get(id), links.hotlines, HotlineRow::id),
                links(groups.reliefByDepartment.get(id), links.reliefTypes, ReliefRow::id),
                links.provenance(row.sources(), row.sourceNote()));
    }

    /**
     * Executive departments first, then the Executive Office, then independent agencies.
     */
    static List<DepartmentGroup> groups(List<DepartmentSummary> summaries) {
        Map<DepartmentKind, List<DepartmentSummary>> byKind = summaries.stream()
            .collect(Collectors.groupingBy(DepartmentSummary::kind, () -> new EnumMap<>(DepartmentKind.class),
                    Collectors.toList()));
        return byKind.entrySet().stream().map(entry -> new DepartmentGroup(entry.getKey(), entry.getValue())).toList();
    }

    /**
     * The departments the programs list offers as a filter: those with programs, or the
     * ones with the most if there are too many to offer, in name order.
     */
    DepartmentChoices programDepartments(List<DepartmentRow> departmentsByName) {
        List<DepartmentRow> withPrograms = departmentsByName.stream()
            .filter(row -> groups.programsByDepartment.containsKey(row.id()))
            .toList();
        List<DepartmentRow> offered = withPrograms;
        if (withPrograms.size() > DepartmentChoices.MAX_OFFERED) {
            offered = withPrograms.stream()
                .sorted(Comparator.comparing((DepartmentRow row) -> -groups.programsByDepartment.get(row.id()).size())
                    .thenComparing(DepartmentRow::name))
                .limit(DepartmentChoices.MAX_OFFERED)
                .sorted(Comparator.comparing(DepartmentRow::name))
                .toList();
        }
        return new DepartmentChoices(offered.stream().map(row -> links.departments.get(row.id())).toList(),
                withPrograms.size());
    }

}
