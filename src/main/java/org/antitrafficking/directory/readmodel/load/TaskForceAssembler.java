package org.antitrafficking.directory.readmodel.load;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import org.antitrafficking.directory.readmodel.MemberRole;
import org.antitrafficking.directory.readmodel.RecordLink;
import org.antitrafficking.directory.readmodel.TaskForcePage;
import org.antitrafficking.directory.readmodel.TaskForceScope;
import org.antitrafficking.directory.readmodel.TaskForceSummary;
import org.antitrafficking.directory.readmodel.load.DirectoryRows.ProgramRow;
import org.antitrafficking.directory.readmodel.load.DirectoryRows.TaskForceRow;

import static org.antitrafficking.directory.readmodel.load.Rows.functions;
import static org.antitrafficking.directory.readmodel.load.Rows.links;
import static org.antitrafficking.directory.readmodel.load.Rows.value;
import static org.antitrafficking.directory.readmodel.load.Rows.values;

/** Task forces as lists show them and as their pages do, members grouped by role. */
final class TaskForceAssembler {

    private final Links links;

    private final Groups groups;

    TaskForceAssembler(Links links, Groups groups) {
        this.links = links;
        this.groups = groups;
    }

    TaskForceSummary summary(TaskForceRow row) {
        return new TaskForceSummary(links.taskForces.get(row.id()), row.kind(),
                values(TaskForceScope.class, row.scopes()), members(row.id(), MemberRole.LEAD), row.description(),
                functions(row.functions()), groups.taskForceFigures.getOrDefault(row.id(), List.of()));
    }

    TaskForcePage page(TaskForceRow row) {
        long id = row.id();
        List<TaskForcePage.MemberGroup> members = Arrays.stream(MemberRole.values())
            .map(role -> new TaskForcePage.MemberGroup(role, members(id, role)))
            .filter(group -> !group.members().isEmpty())
            .toList();
        return new TaskForcePage(links.taskForces.get(id), row.kind(), row.description(), row.website(),
                values(TaskForceScope.class, row.scopes()), members, row.otherParticipants(),
                links(groups.programsByTaskForce.get(id), links.programs, ProgramRow::id), functions(row.functions()),
                groups.taskForceFigures.getOrDefault(id, List.of()), links.provenance(row.sources(), row.sourceNote()));
    }

    /** The departments, then the components, with this role, each in name order. */
    private List<RecordLink> members(long taskForceId, MemberRole role) {
        return groups.membersByTaskForce.getOrDefault(taskForceId, List.of())
            .stream()
            .filter(member -> value(MemberRole.class, member.role()) == role)
            .map(member -> (member.departmentId() != null) ? links.departments.get(member.departmentId())
                    : links.components.get(member.componentId()))
            .sorted(Comparator.comparing(RecordLink::kind).thenComparing(RecordLink::name))
            .toList();
    }

}
