package org.antitrafficking.directory.opendata.openreferral;

import java.util.List;

import org.antitrafficking.directory.readmodel.AgencyPage;
import org.antitrafficking.directory.readmodel.DepartmentPage;
import org.antitrafficking.directory.readmodel.DirectorySnapshot;
import org.antitrafficking.directory.readmodel.RecordLink;
import org.antitrafficking.directory.readmodel.TaskForcePage;
import org.antitrafficking.directory.readmodel.WorkFunction;

import static org.antitrafficking.directory.opendata.openreferral.OpenReferralIds.id;

/**
 * Departments, agencies and task forces as organizations: an agency under its parent,
 * each tagged with its functions.
 */
final class OrganizationMapping {

    private final MappingContext context;

    private final OpenReferralRows rows;

    OrganizationMapping(MappingContext context) {
        this.context = context;
        this.rows = context.rows();
    }

    void map(DirectorySnapshot snapshot) {
        for (DepartmentPage department : snapshot.departments().allPages()) {
            organization(department.link(), department.description(), department.website(), null, List.of());
        }
        for (AgencyPage agency : snapshot.agencies().allPages()) {
            organization(agency.link(), agency.description(), agency.website(), id(agency.parent()),
                    agency.functions());
        }
        for (TaskForcePage taskForce : snapshot.taskForces().allPages()) {
            organization(taskForce.link(), taskForce.description(), taskForce.website(), null, taskForce.functions());
        }
    }

    private void organization(RecordLink link, String description, String website, String parentId,
            List<WorkFunction> functions) {
        String id = id(link);
        rows.organizations.add(new Hsds.Organization(id, link.name(), link.acronym(), description, website, parentId));
        context.tag(id, "organization", functions);
        context.changed(id, "organization", link);
    }

}
