package org.antitrafficking.directory.taskforce;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import org.antitrafficking.directory.program.ProgramRepository;
import org.antitrafficking.directory.source.CitedRecord;
import org.antitrafficking.directory.source.FigureView;
import org.antitrafficking.directory.source.Provenance;
import org.antitrafficking.directory.web.RecordKind;
import org.antitrafficking.directory.web.RecordLink;
import org.antitrafficking.directory.web.RecordNotFoundException;
import org.antitrafficking.directory.system.SlugEnumConverter;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
public class TaskForceService {

    private final TaskForceRepository taskForces;
    private final ProgramRepository programs;

    TaskForceService(TaskForceRepository taskForces, ProgramRepository programs) {
        this.taskForces = taskForces;
        this.programs = programs;
    }

    public List<TaskForceSummary> all() {
        return taskForces.findAllByOrderByName().stream()
            .map(taskForce -> new TaskForceSummary(taskForce.link(), SlugEnumConverter.slugOf(taskForce.getKind()),
                    scopes(taskForce), members(taskForce, TaskForceMember.Role.LEAD), taskForce.getDescription(),
                    FigureView.of(taskForce.getFigures())))
            .toList();
    }

    public TaskForcePage page(String slug) {
        TaskForce taskForce = taskForces.findBySlug(slug)
            .orElseThrow(() -> RecordNotFoundException.forSlug(RecordKind.TASK_FORCE, slug));
        List<TaskForcePage.MemberGroup> members = Arrays.stream(TaskForceMember.Role.values())
            .map(role -> new TaskForcePage.MemberGroup(SlugEnumConverter.slugOf(role), members(taskForce, role)))
            .filter(group -> !group.members().isEmpty())
            .toList();
        return new TaskForcePage(taskForce.link(), SlugEnumConverter.slugOf(taskForce.getKind()),
                taskForce.getDescription(), taskForce.getWebsite().orElse(null), scopes(taskForce), members,
                taskForce.getOtherParticipants().orElse(null),
                CitedRecord.links(programs.findByTaskForceOrderByName(taskForce)),
                taskForce.getFunctions().stream().sorted().toList(), FigureView.of(taskForce.getFigures()),
                Provenance.of(taskForce));
    }

    private static List<String> scopes(TaskForce taskForce) {
        return taskForce.getScopes().stream().sorted().map(SlugEnumConverter::slugOf).toList();
    }

    /** The departments, then the components, with this role, each in name order. */
    private static List<RecordLink> members(TaskForce taskForce, TaskForceMember.Role role) {
        return taskForce.getMembers().stream()
            .filter(member -> member.getRole() == role)
            .map(TaskForceMember::getMember)
            .sorted(Comparator.comparing(CitedRecord::recordKind).thenComparing(CitedRecord::getName))
            .map(CitedRecord::link)
            .toList();
    }
}
