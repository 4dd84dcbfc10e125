package org.antitrafficking.directory.readmodel.load;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.antitrafficking.directory.readmodel.AgencyDirectory;
import org.antitrafficking.directory.readmodel.AgencyNode;
import org.antitrafficking.directory.readmodel.AgencyPage;
import org.antitrafficking.directory.readmodel.AgencySummary;
import org.antitrafficking.directory.readmodel.Citation;
import org.antitrafficking.directory.readmodel.DepartmentChoices;
import org.antitrafficking.directory.readmodel.DepartmentGroup;
import org.antitrafficking.directory.readmodel.DepartmentPage;
import org.antitrafficking.directory.readmodel.DepartmentSummary;
import org.antitrafficking.directory.readmodel.DirectoryCounts;
import org.antitrafficking.directory.readmodel.DirectorySnapshot;
import org.antitrafficking.directory.readmodel.FigureView;
import org.antitrafficking.directory.readmodel.FunctionPage;
import org.antitrafficking.directory.readmodel.FunctionTally;
import org.antitrafficking.directory.readmodel.HotlineCard;
import org.antitrafficking.directory.readmodel.HotlinePage;
import org.antitrafficking.directory.readmodel.LawEnforcementSharing;
import org.antitrafficking.directory.readmodel.ProgramIndex;
import org.antitrafficking.directory.readmodel.ProgramPage;
import org.antitrafficking.directory.readmodel.ProgramSummary;
import org.antitrafficking.directory.readmodel.Provenance;
import org.antitrafficking.directory.readmodel.RecordKind;
import org.antitrafficking.directory.readmodel.RecordLink;
import org.antitrafficking.directory.readmodel.RecordSet;
import org.antitrafficking.directory.readmodel.ReliefCard;
import org.antitrafficking.directory.readmodel.ReliefPage;
import org.antitrafficking.directory.readmodel.Slugs;
import org.antitrafficking.directory.readmodel.SourcePage;
import org.antitrafficking.directory.readmodel.TaskForcePage;
import org.antitrafficking.directory.readmodel.TaskForceSummary;
import org.antitrafficking.directory.readmodel.WorkFunction;
import org.antitrafficking.directory.readmodel.load.DirectoryRows.ChannelRow;
import org.antitrafficking.directory.readmodel.load.DirectoryRows.ComponentRow;
import org.antitrafficking.directory.readmodel.load.DirectoryRows.DepartmentRow;
import org.antitrafficking.directory.readmodel.load.DirectoryRows.FigureRow;
import org.antitrafficking.directory.readmodel.load.DirectoryRows.HandlerRow;
import org.antitrafficking.directory.readmodel.load.DirectoryRows.HotlineRow;
import org.antitrafficking.directory.readmodel.load.DirectoryRows.MemberRow;
import org.antitrafficking.directory.readmodel.load.DirectoryRows.OperatorRow;
import org.antitrafficking.directory.readmodel.load.DirectoryRows.ProgramRow;
import org.antitrafficking.directory.readmodel.load.DirectoryRows.ReliefRow;
import org.antitrafficking.directory.readmodel.load.DirectoryRows.SourceRow;
import org.antitrafficking.directory.readmodel.load.DirectoryRows.TaskForceRow;
import org.antitrafficking.directory.readmodel.search.SearchIndex;

/**
 * Turns the rows of one load into a {@link DirectorySnapshot}: every reference resolved
 * to a link, every page built once, every list in the directory's order. Names sort by
 * code point, as the database's C collation does, so the order is the same on every
 * machine.
 */
final class SnapshotAssembler {

    private static final List<String> DEPARTMENT_KINDS = List.of("executive-department", "executive-office",
            "independent-agency");

    private static final List<String> MEMBER_ROLES = List.of("lead", "primary-member", "member", "member-or-invited",
            "supporter", "participant");

    private static final List<String> OPERATOR_ROLES = List.of("runs", "supports", "delivers");

    private static final List<String> HANDLER_ROLES = List.of("administers", "processes", "requests", "supports");

    private static final List<String> SCOPES = List.of("local", "national", "international");

    private static final List<String> PURPOSES = List.of("emergency", "get-help", "report-tip", "check-case");

    private static final String RELIEF_KIND = "Immigration relief";

    private final DirectoryRows rows;

    private final Map<Long, Citation> citations = new HashMap<>();

    private final Map<Long, Integer> sourcePositions = new HashMap<>();

    private final Map<Long, RecordLink> departments = new HashMap<>();

    private final Map<Long, RecordLink> components = new HashMap<>();

    private final Map<Long, RecordLink> programs = new HashMap<>();

    private final Map<Long, RecordLink> taskForces = new HashMap<>();

    private final Map<Long, RecordLink> hotlines = new HashMap<>();

    private final Map<Long, RecordLink> reliefTypes = new HashMap<>();

    private final Map<Long, ComponentRow> componentRows = new HashMap<>();

    private final Map<Long, ProgramSummary> programSummaries = new HashMap<>();

    private final Map<Long, AgencyNode> nodes = new HashMap<>();

    private final Map<Long, List<ComponentRow>> componentsByParent;

    private final Map<Long, List<ComponentRow>> topComponentsByDepartment;

    private final Map<Long, List<ProgramRow>> programsByDepartment;

    private final Map<Long, List<ProgramRow>> programsByTaskForce;

    private final Map<Long, List<ProgramRow>> programsByParent;

    private final Map<Long, List<OperatorRow>> operatorsByProgram;

    private final Map<Long, List<OperatorRow>> operatorsByComponent;

    private final Map<Long, List<MemberRow>> membersByTaskForce;

    private final Map<Long, List<HotlineRow>> hotlinesByDepartment;

    private final Map<Long, List<HotlineRow>> hotlinesByComponent;

    private final Map<Long, List<ChannelRow>> channelsByHotline;

    private final Map<Long, List<ReliefRow>> reliefByDepartment;

    private final Map<Long, List<HandlerRow>> handlersByRelief;

    private final Map<Long, List<HandlerRow>> handlersByComponent;

    private final Map<Long, Integer> componentCounts = new HashMap<>();

    private final Map<Long, List<RecordLink>> taskForcesByDepartment;

    private final Map<Long, List<RecordLink>> taskForcesByComponent;

    private final Map<Long, List<SourcePage.Group>> citingRecords;

    private final Map<Long, List<FigureView>> departmentFigures;

    private final Map<Long, List<FigureView>> componentFigures;

    private final Map<Long, List<FigureView>> programFigures;

    private final Map<Long, List<FigureView>> taskForceFigures;

    private SnapshotAssembler(DirectoryRows rows) {
        this.rows = rows;
        for (SourceRow source : rows.sources()) {
            citations.put(source.id(), new Citation(source.slug(), source.title(), source.publisher(),
                    source.dateLabel(), "supplement".equals(source.kind()), source.publishedOn()));
            sourcePositions.put(source.id(), source.position());
        }
        rows.departments()
            .forEach(row -> departments.put(row.id(),
                    new RecordLink(RecordKind.DEPARTMENT, row.slug(), row.name(), row.acronym())));
        rows.components().forEach(row -> {
            components.put(row.id(), new RecordLink(RecordKind.AGENCY, row.slug(), row.name(), row.acronym()));
            componentRows.put(row.id(), row);
        });
        rows.programs()
            .forEach(row -> programs.put(row.id(),
                    new RecordLink(RecordKind.PROGRAM, row.slug(), row.name(), row.acronym())));
        rows.taskForces()
            .forEach(row -> taskForces.put(row.id(),
                    new RecordLink(RecordKind.TASK_FORCE, row.slug(), row.name(), row.acronym())));
        rows.hotlines()
            .forEach(row -> hotlines.put(row.id(), new RecordLink(RecordKind.HOTLINE, row.slug(), row.name(), null)));
        rows.reliefTypes()
            .forEach(row -> reliefTypes.put(row.id(),
                    new RecordLink(RecordKind.RELIEF_TYPE, row.slug(), row.name(), row.shortName())));

        List<ComponentRow> componentsByName = sorted(rows.components(), ComponentRow::name);
        componentsByParent = groupBy(componentsByName.stream().filter(row -> row.parentId() != null),
                ComponentRow::parentId);
        topComponentsByDepartment = groupBy(componentsByName.stream().filter(row -> row.parentId() == null),
                ComponentRow::departmentId);
        List<ProgramRow> programsByName = sorted(rows.programs(), ProgramRow::name);
        programsByDepartment = groupBy(programsByName.stream().filter(row -> row.departmentId() != null),
                ProgramRow::departmentId);
        programsByTaskForce = groupBy(programsByName.stream().filter(row -> row.taskForceId() != null),
                ProgramRow::taskForceId);
        programsByParent = groupBy(programsByName.stream().filter(row -> row.parentId() != null), ProgramRow::parentId);
        operatorsByProgram = groupBy(rows.operators()
            .stream()
            .sorted(Comparator.comparing((OperatorRow row) -> OPERATOR_ROLES.indexOf(row.role()))
                .thenComparing(row -> components.get(row.componentId()).name())), OperatorRow::programId);
        operatorsByComponent = groupBy(
                rows.operators().stream().sorted(Comparator.comparing(row -> programs.get(row.programId()).name())),
                OperatorRow::componentId);
        membersByTaskForce = groupBy(rows.members().stream(), MemberRow::taskForceId);
        rows.components().forEach(row -> componentCounts.merge(row.departmentId(), 1, Integer::sum));
        taskForcesByDepartment = taskForcesBy(member -> (member.departmentId() != null) ? member.departmentId()
                : componentRows.get(member.componentId()).departmentId());
        taskForcesByComponent = taskForcesBy(MemberRow::componentId);
        citingRecords = citingRecords();
        List<HotlineRow> hotlinesByPosition = sorted(rows.hotlines(), HotlineRow::position);
        hotlinesByDepartment = groupBy(hotlinesByPosition.stream().filter(row -> row.departmentId() != null),
                HotlineRow::departmentId);
        hotlinesByComponent = groupBy(hotlinesByPosition.stream().filter(row -> row.componentId() != null),
                HotlineRow::componentId);
        channelsByHotline = groupBy(sorted(rows.channels(), ChannelRow::position).stream(), ChannelRow::hotlineId);
        List<ReliefRow> reliefByPosition = sorted(rows.reliefTypes(), ReliefRow::position);
        reliefByDepartment = groupBy(reliefByPosition.stream(), ReliefRow::departmentId);
        handlersByRelief = groupBy(rows.handlers()
            .stream()
            .sorted(Comparator.comparing((HandlerRow row) -> HANDLER_ROLES.indexOf(row.role()))
                .thenComparing(row -> components.get(row.componentId()).name())), HandlerRow::reliefTypeId);
        Map<Long, Integer> reliefPositions = rows.reliefTypes()
            .stream()
            .collect(Collectors.toMap(ReliefRow::id, ReliefRow::position));
        handlersByComponent = groupBy(
                rows.handlers().stream().sorted(Comparator.comparing(row -> reliefPositions.get(row.reliefTypeId()))),
                HandlerRow::componentId);

        List<FigureRow> figures = sorted(rows.figures(), FigureRow::position);
        departmentFigures = figuresBy(figures, FigureRow::departmentId);
        componentFigures = figuresBy(figures, FigureRow::componentId);
        programFigures = figuresBy(figures, FigureRow::programId);
        taskForceFigures = figuresBy(figures, FigureRow::taskForceId);
    }

    static DirectorySnapshot assemble(DirectoryRows rows) {
        return new SnapshotAssembler(rows).snapshot();
    }

    private DirectorySnapshot snapshot() {
        List<DepartmentRow> departmentsByName = sorted(rows.departments(), DepartmentRow::name);
        List<ComponentRow> componentsByName = sorted(rows.components(), ComponentRow::name);
        List<ProgramRow> programsByName = sorted(rows.programs(), ProgramRow::name);
        List<TaskForceRow> taskForcesByName = sorted(rows.taskForces(), TaskForceRow::name);
        List<HotlineRow> hotlinesByPosition = sorted(rows.hotlines(), HotlineRow::position);
        List<ReliefRow> reliefByPosition = sorted(rows.reliefTypes(), ReliefRow::position);
        List<SourceRow> sourcesByPosition = sorted(rows.sources(), SourceRow::position);
        programsByName.forEach(row -> programSummaries.put(row.id(), programSummary(row)));

        List<DepartmentSummary> departmentSummaries = departmentsByName.stream().map(this::departmentSummary).toList();
        List<ProgramSummary> programList = programsByName.stream().map(row -> programSummaries.get(row.id())).toList();
        ProgramIndex programIndex = new ProgramIndex(programList);
        List<AgencySummary> agencySummaries = componentsByName.stream().map(this::agencySummary).toList();
        List<TaskForceSummary> taskForceSummaries = taskForcesByName.stream().map(this::taskForceSummary).toList();
        List<HotlineCard> cards = hotlinesByPosition.stream().map(this::hotlineCard).toList();
        Map<String, HotlineCard> cardsBySlug = cards.stream()
            .collect(Collectors.toMap(card -> card.link().slug(), card -> card));
        List<ReliefCard> reliefCards = reliefByPosition.stream().map(this::reliefCard).toList();
        Map<String, ReliefCard> reliefCardsBySlug = reliefCards.stream()
            .collect(Collectors.toMap(card -> card.link().slug(), card -> card));
        List<SourcePage> sourcePages = sourcesByPosition.stream().map(this::sourcePage).toList();

        return new DirectorySnapshot(rows.version(),
                new RecordSet<>(RecordKind.DEPARTMENT, departmentSummaries,
                        bySlug(departmentsByName.stream().map(this::departmentPage), page -> page.link().slug())),
                departmentGroups(departmentSummaries),
                new RecordSet<>(RecordKind.AGENCY, agencySummaries,
                        bySlug(componentsByName.stream().map(this::agencyPage), page -> page.link().slug())),
                agencyTrees(departmentsByName),
                new RecordSet<>(RecordKind.PROGRAM, programList,
                        bySlug(programsByName.stream().map(this::programPage), page -> page.link().slug())),
                programIndex, programDepartments(departmentsByName),
                functionPages(agencySummaries, taskForceSummaries, programList),
                new RecordSet<>(RecordKind.TASK_FORCE, taskForceSummaries,
                        bySlug(taskForcesByName.stream().map(this::taskForcePage), page -> page.link().slug())),
                new RecordSet<>(
                        RecordKind.HOTLINE, cards, bySlug(
                                hotlinesByPosition.stream()
                                    .map(row -> new HotlinePage(cardsBySlug.get(row.slug()),
                                            provenance(row.sources(), row.sourceNote()))),
                                page -> page.card().link().slug())),
                hotlinesByPosition.stream()
                    .filter(HotlineRow::featured)
                    .map(row -> cardsBySlug.get(row.slug()))
                    .toList(),
                new RecordSet<>(
                        RecordKind.RELIEF_TYPE, reliefCards, bySlug(
                                reliefByPosition.stream()
                                    .map(row -> new ReliefPage(reliefCardsBySlug.get(row.slug()),
                                            provenance(row.sources(), row.sourceNote()))),
                                page -> page.card().link().slug())),
                new RecordSet<>(RecordKind.SOURCE, sourcePages,
                        bySlug(sourcePages.stream(), page -> page.citation().slug())),
                new DirectoryCounts(rows.departments().size(), rows.components().size(), rows.programs().size(),
                        rows.taskForces().size(), rows.hotlines().size(), rows.reliefTypes().size(),
                        rows.sources().size()),
                searchIndex(departmentsByName, componentsByName, programsByName, taskForcesByName, hotlinesByPosition,
                        reliefByPosition, sourcesByPosition),
                FunctionTally.of(agencySummaries.stream().map(AgencySummary::functions).toList()),
                FunctionTally.of(taskForceSummaries.stream().map(TaskForceSummary::functions).toList()));
    }

    /**
     * For each function, the agencies, task forces and programs tagged with it, each in
     * its list's order.
     */
    private static List<FunctionPage> functionPages(List<AgencySummary> agencies, List<TaskForceSummary> taskForces,
            List<ProgramSummary> programs) {
        return Arrays.stream(WorkFunction.values())
            .map(function -> new FunctionPage(function,
                    agencies.stream().filter(agency -> agency.functions().contains(function)).toList(),
                    taskForces.stream().filter(taskForce -> taskForce.functions().contains(function)).toList(),
                    programs.stream().filter(program -> program.functions().contains(function)).toList()))
            .toList();
    }

    private DepartmentSummary departmentSummary(DepartmentRow row) {
        return new DepartmentSummary(departments.get(row.id()), row.kind(), row.description(),
                componentCounts.getOrDefault(row.id(), 0),
                programsByDepartment.getOrDefault(row.id(), List.of()).size());
    }

    private DepartmentChoices programDepartments(List<DepartmentRow> departmentsByName) {
        List<DepartmentRow> withPrograms = departmentsByName.stream()
            .filter(row -> programsByDepartment.containsKey(row.id()))
            .toList();
        List<DepartmentRow> offered = withPrograms;
        if (withPrograms.size() > DepartmentChoices.MAX_OFFERED) {
            offered = withPrograms.stream()
                .sorted(Comparator.comparing((DepartmentRow row) -> -programsByDepartment.get(row.id()).size())
                    .thenComparing(DepartmentRow::name))
                .limit(DepartmentChoices.MAX_OFFERED)
                .sorted(Comparator.comparing(DepartmentRow::name))
                .toList();
        }
        return new DepartmentChoices(offered.stream().map(row -> departments.get(row.id())).toList(),
                withPrograms.size());
    }

    /**
     * Executive departments first, then the Executive Office, then independent agencies.
     */
    private static List<DepartmentGroup> departmentGroups(List<DepartmentSummary> summaries) {
        Map<String, List<DepartmentSummary>> byKind = summaries.stream()
            .collect(Collectors.groupingBy(DepartmentSummary::kind, LinkedHashMap::new, Collectors.toList()));
        return byKind.entrySet()
            .stream()
            .sorted(Comparator.comparing(entry -> rank(DEPARTMENT_KINDS, entry.getKey())))
            .map(entry -> new DepartmentGroup(entry.getKey(), entry.getValue()))
            .toList();
    }

    private DepartmentPage departmentPage(DepartmentRow row) {
        long id = row.id();
        return new DepartmentPage(departments.get(id), row.kind(), row.description(), row.website(),
                departmentFigures.getOrDefault(id, List.of()), forest(topComponentsByDepartment.get(id)),
                programsByDepartment.getOrDefault(id, List.of())
                    .stream()
                    .map(p -> programSummaries.get(p.id()))
                    .toList(),
                taskForcesByDepartment.getOrDefault(id, List.of()),
                links(hotlinesByDepartment.get(id), hotlines, HotlineRow::id),
                links(reliefByDepartment.get(id), reliefTypes, ReliefRow::id),
                provenance(row.sources(), row.sourceNote()));
    }

    /**
     * The task forces each department or component takes part in, by name; a department
     * takes part itself or through any of its components.
     */
    private Map<Long, List<RecordLink>> taskForcesBy(Function<MemberRow, Long> participant) {
        Map<Long, LinkedHashSet<RecordLink>> byParticipant = new HashMap<>();
        rows.members()
            .stream()
            .sorted(Comparator.comparing(member -> taskForces.get(member.taskForceId()).name()))
            .forEach(member -> {
                Long id = participant.apply(member);
                if (id != null) {
                    byParticipant.computeIfAbsent(id, key -> new LinkedHashSet<>())
                        .add(taskForces.get(member.taskForceId()));
                }
            });
        Map<Long, List<RecordLink>> lists = new HashMap<>();
        byParticipant.forEach((id, links) -> lists.put(id, List.copyOf(links)));
        return lists;
    }

    private List<AgencyDirectory> agencyTrees(List<DepartmentRow> departmentsByName) {
        return departmentsByName.stream()
            .filter(row -> topComponentsByDepartment.containsKey(row.id()))
            .map(row -> new AgencyDirectory(departments.get(row.id()), forest(topComponentsByDepartment.get(row.id()))))
            .toList();
    }

    private List<AgencyNode> forest(List<ComponentRow> roots) {
        return (roots == null) ? List.of() : roots.stream().map(this::node).toList();
    }

    private AgencyNode node(ComponentRow row) {
        AgencyNode node = nodes.get(row.id());
        if (node == null) {
            node = new AgencyNode(components.get(row.id()), row.kind(), forest(componentsByParent.get(row.id())));
            nodes.put(row.id(), node);
        }
        return node;
    }

    private AgencySummary agencySummary(ComponentRow row) {
        return new AgencySummary(components.get(row.id()), row.kind(), departments.get(row.departmentId()),
                (row.parentId() != null) ? components.get(row.parentId()) : null, functions(row.functions()));
    }

    private AgencyPage agencyPage(ComponentRow row) {
        long id = row.id();
        List<RecordLink> breadcrumbs = new ArrayList<>();
        for (Long up = row.parentId(); up != null; up = componentRows.get(up).parentId()) {
            breadcrumbs.add(0, components.get(up));
        }
        breadcrumbs.add(0, departments.get(row.departmentId()));
        return new AgencyPage(components.get(id), row.kind(), row.description(), row.website(),
                List.copyOf(breadcrumbs), node(row).children(),
                operatorsByComponent.getOrDefault(id, List.of())
                    .stream()
                    .map(operator -> programSummaries.get(operator.programId()))
                    .distinct()
                    .toList(),
                taskForcesByComponent.getOrDefault(id, List.of()),
                links(hotlinesByComponent.get(id), hotlines, HotlineRow::id),
                handlersByComponent.getOrDefault(id, List.of())
                    .stream()
                    .map(handler -> reliefTypes.get(handler.reliefTypeId()))
                    .distinct()
                    .toList(),
                functions(row.functions()), componentFigures.getOrDefault(id, List.of()),
                provenance(row.sources(), row.sourceNote()));
    }

    private ProgramSummary programSummary(ProgramRow row) {
        return new ProgramSummary(programs.get(row.id()), row.kind(),
                (row.departmentId() != null) ? departments.get(row.departmentId()) : null, row.crossAgency(),
                functions(row.functions()), row.description());
    }

    private ProgramPage programPage(ProgramRow row) {
        long id = row.id();
        return new ProgramPage(programs.get(id), row.kind(), row.description(), row.website(),
                (row.departmentId() != null) ? departments.get(row.departmentId()) : null,
                (row.taskForceId() != null) ? taskForces.get(row.taskForceId()) : null, row.crossAgency(),
                (row.parentId() != null) ? programs.get(row.parentId()) : null,
                links(programsByParent.get(id), programs, ProgramRow::id),
                operatorsByProgram.getOrDefault(id, List.of())
                    .stream()
                    .map(operator -> new ProgramPage.Operator(components.get(operator.componentId()), operator.role()))
                    .toList(),
                functions(row.functions()), programFigures.getOrDefault(id, List.of()),
                provenance(row.sources(), row.sourceNote()));
    }

    private TaskForceSummary taskForceSummary(TaskForceRow row) {
        return new TaskForceSummary(taskForces.get(row.id()), row.kind(), scopes(row.scopes()),
                members(row.id(), "lead"), row.description(), functions(row.functions()),
                taskForceFigures.getOrDefault(row.id(), List.of()));
    }

    private TaskForcePage taskForcePage(TaskForceRow row) {
        long id = row.id();
        List<TaskForcePage.MemberGroup> members = MEMBER_ROLES.stream()
            .map(role -> new TaskForcePage.MemberGroup(role, members(id, role)))
            .filter(group -> !group.members().isEmpty())
            .toList();
        return new TaskForcePage(taskForces.get(id), row.kind(), row.description(), row.website(), scopes(row.scopes()),
                members, row.otherParticipants(), links(programsByTaskForce.get(id), programs, ProgramRow::id),
                functions(row.functions()), taskForceFigures.getOrDefault(id, List.of()),
                provenance(row.sources(), row.sourceNote()));
    }

    /** The departments, then the components, with this role, each in name order. */
    private List<RecordLink> members(long taskForceId, String role) {
        return membersByTaskForce.getOrDefault(taskForceId, List.of())
            .stream()
            .filter(member -> member.role().equals(role))
            .map(member -> (member.departmentId() != null) ? departments.get(member.departmentId())
                    : components.get(member.componentId()))
            .sorted(Comparator.comparing(RecordLink::kind).thenComparing(RecordLink::name))
            .toList();
    }

    private HotlineCard hotlineCard(HotlineRow row) {
        RecordLink operator = (row.componentId() != null) ? components.get(row.componentId())
                : (row.departmentId() != null) ? departments.get(row.departmentId()) : null;
        return new HotlineCard(hotlines.get(row.id()), row.description(), ordered(row.purposes(), PURPOSES), operator,
                row.operatorRole(), row.audience(), row.hours(), row.languages(), lawEnforcement(row),
                row.anonymousTips(), row.confidential(), row.website(),
                channelsByHotline.getOrDefault(row.id(), List.of()).stream().map(this::channel).toList());
    }

    private HotlineCard.LawEnforcement lawEnforcement(HotlineRow row) {
        if (row.lawEnforcementSharing() == null) {
            return null;
        }
        Citation source = citations.get(row.lawEnforcementSourceId());
        return new HotlineCard.LawEnforcement(
                Slugs.fromDatabase(LawEnforcementSharing.class, row.lawEnforcementSharing()), row.lawEnforcementNote(),
                source.slug(), source.title());
    }

    private HotlineCard.Channel channel(ChannelRow row) {
        String href = switch (row.kind()) {
            case "voice", "tty" -> "tel:" + row.dial();
            case "text" -> "sms:" + row.dial();
            default -> row.url();
        };
        Citation source = citations.get(row.sourceId());
        return new HotlineCard.Channel(row.position(), row.kind(), row.displayValue(), href, row.instructions(),
                source.slug(), source.title());
    }

    private ReliefCard reliefCard(ReliefRow row) {
        return new ReliefCard(reliefTypes.get(row.id()), row.shortName(), row.description(),
                departments.get(row.departmentId()), row.eligibility(), row.requestedBy(), row.applicationForm(),
                row.provides(), row.annualLimit(), row.website(),
                handlersByRelief.getOrDefault(row.id(), List.of())
                    .stream()
                    .map(handler -> new ReliefCard.Handler(components.get(handler.componentId()), handler.role()))
                    .toList());
    }

    private SourcePage sourcePage(SourceRow row) {
        return new SourcePage(citations.get(row.id()), row.summary(), citingRecords.getOrDefault(row.id(), List.of()));
    }

    /**
     * For each source, the records citing it grouped by kind: hotlines first, then by
     * name within a kind.
     */
    private Map<Long, List<SourcePage.Group>> citingRecords() {
        Map<Long, Map<RecordKind, List<RecordLink>>> bySource = new HashMap<>();
        cite(bySource, rows.hotlines(), HotlineRow::sources, HotlineRow::id, hotlines);
        cite(bySource, rows.departments(), DepartmentRow::sources, DepartmentRow::id, departments);
        cite(bySource, rows.components(), ComponentRow::sources, ComponentRow::id, components);
        cite(bySource, rows.programs(), ProgramRow::sources, ProgramRow::id, programs);
        cite(bySource, rows.taskForces(), TaskForceRow::sources, TaskForceRow::id, taskForces);
        cite(bySource, rows.reliefTypes(), ReliefRow::sources, ReliefRow::id, reliefTypes);
        Map<Long, List<SourcePage.Group>> groups = new HashMap<>();
        bySource.forEach((source, byKind) -> groups.put(source,
                byKind.entrySet()
                    .stream()
                    .map(entry -> new SourcePage.Group(entry.getKey(),
                            entry.getValue().stream().sorted(Comparator.comparing(RecordLink::name)).toList()))
                    .toList()));
        return groups;
    }

    private static <R> void cite(Map<Long, Map<RecordKind, List<RecordLink>>> bySource, List<R> records,
            Function<R, List<Long>> sources, Function<R, Long> id, Map<Long, RecordLink> links) {
        for (R record : records) {
            RecordLink link = links.get(id.apply(record));
            for (Long source : sources.apply(record)) {
                bySource.computeIfAbsent(source, key -> new LinkedHashMap<>())
                    .computeIfAbsent(link.kind(), key -> new ArrayList<>())
                    .add(link);
            }
        }
    }

    /**
     * Every record's texts, weighted as the site's search always has: names and acronyms
     * first, then the description, then everything else a visitor might type (notes,
     * audiences, numbers). Each kind is added in the order of its list, so the index can
     * name matches by their place in that list.
     */
    private SearchIndex searchIndex(List<DepartmentRow> departmentRows, List<ComponentRow> componentRows,
            List<ProgramRow> programRows, List<TaskForceRow> taskForceRows, List<HotlineRow> hotlineRows,
            List<ReliefRow> reliefRows, List<SourceRow> sourceRows) {
        SearchIndex.Builder index = SearchIndex.builder();
        departmentRows.forEach(row -> index.add(departments.get(row.id()), row.name(), join(row.name(), row.acronym()),
                row.description(), row.sourceNote()));
        componentRows.forEach(row -> index.add(components.get(row.id()), row.name(), join(row.name(), row.acronym()),
                row.description(), row.sourceNote()));
        programRows.forEach(row -> index.add(programs.get(row.id()), row.name(), join(row.name(), row.acronym()),
                row.description(), row.sourceNote()));
        taskForceRows.forEach(row -> index.add(taskForces.get(row.id()), row.name(), join(row.name(), row.acronym()),
                row.description(), join(row.otherParticipants(), row.sourceNote())));
        hotlineRows.forEach(row -> index.add(hotlines.get(row.id()), row.name(), row.name(), row.description(),
                join(Stream.concat(Stream.of(row.audience(), row.languages(), row.sourceNote()),
                        channelsByHotline.getOrDefault(row.id(), List.of()).stream().map(ChannelRow::displayValue)))));
        // What every form of relief is, so that searching for "immigration relief" finds
        // them all.
        reliefRows.forEach(row -> index.add(reliefTypes.get(row.id()), row.name(), join(row.name(), row.shortName()),
                row.description(), join(RELIEF_KIND, row.eligibility(), row.requestedBy(), row.applicationForm(),
                        row.provides(), row.annualLimit(), row.sourceNote())));
        // A source's title names a document, not a service: it counts as other text, so
        // that "hotline"
        // finds the hotline before the documents about it; the whole title still finds
        // the source first.
        sourceRows.forEach(row -> index.add(new RecordLink(RecordKind.SOURCE, row.slug(), row.title(), null),
                row.title(), null, row.summary(), join(row.title(), row.publisher())));
        return index.build();
    }

    private Provenance provenance(List<Long> sources, String note) {
        return new Provenance(
                sources.stream().sorted(Comparator.comparing(sourcePositions::get)).map(citations::get).toList(), note);
    }

    private Map<Long, List<FigureView>> figuresBy(List<FigureRow> figures, Function<FigureRow, Long> owner) {
        Map<Long, List<FigureView>> byOwner = new HashMap<>();
        for (FigureRow figure : figures) {
            Long id = owner.apply(figure);
            if (id != null) {
                Citation source = citations.get(figure.sourceId());
                byOwner.computeIfAbsent(id, key -> new ArrayList<>())
                    .add(new FigureView(figure.value(), figure.label(), source.slug(), source.title()));
            }
        }
        byOwner.replaceAll((id, list) -> List.copyOf(list));
        return byOwner;
    }

    private static List<WorkFunction> functions(List<String> slugs) {
        return slugs.stream().map(slug -> Slugs.fromDatabase(WorkFunction.class, slug)).sorted().toList();
    }

    private static List<String> scopes(List<String> scopes) {
        return ordered(scopes, SCOPES);
    }

    private static List<String> ordered(Collection<String> values, List<String> order) {
        return values.stream().sorted(Comparator.comparing(value -> rank(order, value))).toList();
    }

    /** A value's place in a fixed order; values the order does not know come last. */
    private static int rank(List<String> order, String value) {
        int rank = order.indexOf(value);
        return (rank >= 0) ? rank : order.size();
    }

    private static <R> List<RecordLink> links(List<R> records, Map<Long, RecordLink> links, Function<R, Long> id) {
        return (records == null) ? List.of() : records.stream().map(record -> links.get(id.apply(record))).toList();
    }

    private static <R, K extends Comparable<K>> List<R> sorted(List<R> rows, Function<R, K> key) {
        return rows.stream().sorted(Comparator.comparing(key)).toList();
    }

    private static <R> Map<Long, List<R>> groupBy(Stream<R> rows, Function<R, Long> key) {
        Map<Long, List<R>> groups = new HashMap<>();
        rows.forEach(row -> groups.computeIfAbsent(key.apply(row), id -> new ArrayList<>()).add(row));
        groups.replaceAll((id, list) -> List.copyOf(list));
        return groups;
    }

    private static <P> Map<String, P> bySlug(Stream<P> pages, Function<P, String> slug) {
        Map<String, P> bySlug = new LinkedHashMap<>();
        pages.forEach(page -> bySlug.put(slug.apply(page), page));
        return bySlug;
    }

    private static String join(String... texts) {
        return join(Arrays.stream(texts));
    }

    private static String join(Stream<String> texts) {
        return texts.filter(Objects::nonNull).collect(Collectors.joining(" "));
    }

}
