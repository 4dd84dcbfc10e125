package org.antitrafficking.directory.opendata;

import java.util.List;

import org.antitrafficking.directory.readmodel.AgencyPage;
import org.antitrafficking.directory.readmodel.DepartmentPage;
import org.antitrafficking.directory.readmodel.DirectorySnapshot;
import org.antitrafficking.directory.readmodel.RecordLink;
import org.antitrafficking.directory.readmodel.TaskForcePage;
import org.antitrafficking.directory.readmodel.TaskForceScope;

import static org.antitrafficking.directory.opendata.CsvCells.functions;
import static org.antitrafficking.directory.opendata.CsvCells.joined;
import static org.antitrafficking.directory.opendata.CsvCells.sourcesOf;

/** The tables of the bodies that do the work: departments, agencies and task forces. */
final class OrganizationTables {

    private OrganizationTables() {
    }

    static CsvTable departments(DirectorySnapshot snapshot) {
        CsvTable table = new CsvTable("departments", "slug", "name", "acronym", "kind", "description", "website",
                "source_note", "sources");
        for (DepartmentPage department : snapshot.departments().allPages()) {
            RecordLink link = department.link();
            table.row(link.slug(), link.name(), link.acronym(), department.kind().slug(), department.description(),
                    department.website(), department.provenance().disagreement(), sourcesOf(department.provenance()));
        }
        return table;
    }

    static CsvTable agencies(DirectorySnapshot snapshot) {
        CsvTable table = new CsvTable("agencies", "slug", "name", "acronym", "kind", "department", "parent",
                "functions", "description", "website", "source_note", "sources");
        for (AgencyPage agency : snapshot.agencies().allPages()) {
            RecordLink link = agency.link();
            List<RecordLink> trail = agency.breadcrumbs();
            table.row(link.slug(), link.name(), link.acronym(), agency.kind(), trail.get(0).slug(),
                    (trail.size() > 1) ? agency.parent().slug() : null, functions(agency.functions()),
                    agency.description(), agency.website(), agency.provenance().disagreement(),
                    sourcesOf(agency.provenance()));
        }
        return table;
    }

    static CsvTable taskForces(DirectorySnapshot snapshot) {
        CsvTable table = new CsvTable("task-forces", "slug", "name", "acronym", "kind", "scopes", "members",
                "other_participants", "functions", "description", "website", "source_note", "sources");
        for (TaskForcePage taskForce : snapshot.taskForces().allPages()) {
            RecordLink link = taskForce.link();
            table.row(link.slug(), link.name(), link.acronym(), taskForce.kind(),
                    joined(taskForce.scopes().stream().map(TaskForceScope::slug)),
                    joined(taskForce.members()
                        .stream()
                        .flatMap(group -> group.members()
                            .stream()
                            .map(member -> member.kind().slug() + "/" + member.slug() + ":" + group.role().slug()))
                        .sorted()),
                    taskForce.otherParticipants(), functions(taskForce.functions()), taskForce.description(),
                    taskForce.website(), taskForce.provenance().disagreement(), sourcesOf(taskForce.provenance()));
        }
        return table;
    }

}
