package org.antitrafficking.directory.readmodel.load;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.antitrafficking.directory.readmodel.Citation;
import org.antitrafficking.directory.readmodel.FigureView;
import org.antitrafficking.directory.readmodel.HandlerRole;
import org.antitrafficking.directory.readmodel.OperatorRole;
import org.antitrafficking.directory.readmodel.RecordLink;
import org.antitrafficking.directory.readmodel.load.DirectoryRows.ChannelRow;
import org.antitrafficking.directory.readmodel.load.DirectoryRows.ComponentRow;
import org.antitrafficking.directory.readmodel.load.DirectoryRows.FigureRow;
import org.antitrafficking.directory.readmodel.load.DirectoryRows.HandlerRow;
import org.antitrafficking.directory.readmodel.load.DirectoryRows.HotlineRow;
import org.antitrafficking.directory.readmodel.load.DirectoryRows.MemberRow;
import org.antitrafficking.directory.readmodel.load.DirectoryRows.OperatorRow;
import org.antitrafficking.directory.readmodel.load.DirectoryRows.ProgramRow;
import org.antitrafficking.directory.readmodel.load.DirectoryRows.ReliefRow;

import static org.antitrafficking.directory.readmodel.load.Rows.groupBy;
import static org.antitrafficking.directory.readmodel.load.Rows.sorted;
import static org.antitrafficking.directory.readmodel.load.Rows.value;

/**
 * The rows of one load grouped by the record they belong to, each group in the order its
 * page lists it: components by parent and department, programs by department, task force
 * and parent, operators, members, hotlines, channels, forms of relief, handlers and
 * figures.
 */
final class Groups {

    final Map<Long, List<ComponentRow>> componentsByParent;

    final Map<Long, List<ComponentRow>> topComponentsByDepartment;

    final Map<Long, Integer> componentCounts = new HashMap<>();

    final Map<Long, List<ProgramRow>> programsByDepartment;

    final Map<Long, List<ProgramRow>> programsByTaskForce;

    final Map<Long, List<ProgramRow>> programsByParent;

    final Map<Long, List<OperatorRow>> operatorsByProgram;

    final Map<Long, List<OperatorRow>> operatorsByComponent;

    final Map<Long, List<MemberRow>> membersByTaskForce;

    final Map<Long, List<RecordLink>> taskForcesByDepartment;

    final Map<Long, List<RecordLink>> taskForcesByComponent;

    final Map<Long, List<HotlineRow>> hotlinesByDepartment;

    final Map<Long, List<HotlineRow>> hotlinesByComponent;

    final Map<Long, List<ChannelRow>> channelsByHotline;

    final Map<Long, List<ReliefRow>> reliefByDepartment;

    final Map<Long, List<HandlerRow>> handlersByRelief;

    final Map<Long, List<HandlerRow>> handlersByComponent;

    final Map<Long, List<FigureView>> departmentFigures;

    final Map<Long, List<FigureView>> componentFigures;

    final Map<Long, List<FigureView>> programFigures;

    final Map<Long, List<FigureView>> taskForceFigures;

    Groups(DirectoryRows rows, Ordered ordered, Links links, Map<Long, List<ChannelRow>> channelsByHotline) {
        List<ComponentRow> componentsByName = ordered.components();
        componentsByParent = groupBy(componentsByName.stream().filter(row -> row.parentId() != null),
                ComponentRow::parentId);
        topComponentsByDepartment = groupBy(componentsByName.stream().filter(row -> row.parentId() == null),
                ComponentRow::departmentId);
        rows.components().forEach(row -> componentCounts.merge(row.departmentId(), 1, Integer::sum));
        List<ProgramRow> programsByName = ordered.programs();
        programsByDepartment = groupBy(programsByName.stream().filter(row -> row.departmentId() != null),
                ProgramRow::departmentId);
        programsByTaskForce = groupBy(programsByName.stream().filter(row -> row.taskForceId() != null),
                ProgramRow::taskForceId);
        programsByParent = groupBy(programsByName.stream().filter(row -> row.parentId() != null), ProgramRow::parentId);
        operatorsByProgram = groupBy(rows.operators().stream(), OperatorRow::programId,
                Comparator.comparing((OperatorRow row) -> value(OperatorRole.class, row.role()))
                    .thenComparing(row -> links.components.get(row.componentId()).name()));
        operatorsByComponent = groupBy(rows.operators().stream(), OperatorRow::componentId,
                Comparator.comparing(row -> links.programs.get(row.programId()).name()));
        membersByTaskForce = groupBy(rows.members().stream(), MemberRow::taskForceId);
        taskForcesByDepartment = taskForcesBy(rows, links, member -> (member.departmentId() != null)
                ? member.departmentId() : links.componentRows.get(member.componentId()).departmentId());
        taskForcesByComponent = taskForcesBy(rows, links, MemberRow::componentId);
        List<HotlineRow> hotlinesByPosition = sorted(rows.hotlines(), HotlineRow::position);
        hotlinesByDepartment = groupBy(hotlinesByPosition.stream().filter(row -> row.departmentId() != null),
                HotlineRow::departmentId);
        hotlinesByComponent = groupBy(hotlinesByPosition.stream().filter(row -> row.componentId() != null),
                HotlineRow::componentId);
        this.channelsByHotline = channelsByHotline;
        reliefByDepartment = groupBy(sorted(rows.reliefTypes(), ReliefRow::position).stream(), ReliefRow::departmentId);
        handlersByRelief = groupBy(rows.handlers().stream(), HandlerRow::reliefTypeId,
                Comparator.comparing((HandlerRow row) -> value(HandlerRole.class, row.role()))
                    .thenComparing(row -> links.components.get(row.componentId()).name()));
        Map<Long, Integer> reliefPositions = rows.reliefTypes()
            .stream()
            .collect(Collectors.toMap(ReliefRow::id, ReliefRow::position));
        handlersByComponent = groupBy(rows.handlers().stream(), HandlerRow::componentId,
                Comparator.comparing(row -> reliefPositions.get(row.reliefTypeId())));
        List<FigureRow> figures = sorted(rows.figures(), FigureRow::position);
        departmentFigures = figuresBy(figures, links, FigureRow::departmentId);
        componentFigures = figuresBy(figures, links, FigureRow::componentId);
        programFigures = figuresBy(figures, links, FigureRow::programId);
        taskForceFigures = figuresBy(figures, links, FigureRow::taskForceId);
    }

    /** Each hotline's channels in their order. */
    static Map<Long, List<ChannelRow>> channelsByHotline(DirectoryRows rows) {
        return groupBy(sorted(rows.channels(), ChannelRow::position).stream(), ChannelRow::hotlineId);
    }

    /**
     * The task forces each department or component takes part in, by name; a department
     * takes part itself or through any of its components.
     */
    private static Map<Long, List<RecordLink>> taskForcesBy(DirectoryRows rows, Links links,
            Function<MemberRow, Long> participant) {
        Map<Long, List<MemberRow>> byParticipant = groupBy(
                rows.members().stream().filter(member -> participant.apply(member) != null), participant,
                Comparator.comparing(member -> links.taskForces.get(member.taskForceId()).name()));
        Map<Long, List<RecordLink>> lists = new HashMap<>();
        byParticipant.forEach((id, members) -> lists.put(id,
                List.copyOf(members.stream()
                    .map(member -> links.taskForces.get(member.taskForceId()))
                    .collect(Collectors.toCollection(LinkedHashSet::new)))));
        return lists;
    }

    private static Map<Long, List<FigureView>> figuresBy(List<FigureRow> figures, Links links,
            Function<FigureRow, Long> owner) {
        Map<Long, List<FigureView>> byOwner = new HashMap<>();
        for (FigureRow figure : figures) {
            Long id = owner.apply(figure);
            if (id != null) {
                Citation source = links.citations.get(figure.sourceId());
                byOwner.computeIfAbsent(id, key -> new ArrayList<>())
                    .add(new FigureView(figure.value(), figure.label(), source.slug(), source.title()));
            }
        }
        byOwner.replaceAll((id, list) -> List.copyOf(list));
        return byOwner;
    }

}
