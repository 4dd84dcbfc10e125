package org.antitrafficking.directory.readmodel.load;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.antitrafficking.directory.readmodel.AgencySummary;
import org.antitrafficking.directory.readmodel.DepartmentSummary;
import org.antitrafficking.directory.readmodel.DirectoryCounts;
import org.antitrafficking.directory.readmodel.DirectorySnapshot;
import org.antitrafficking.directory.readmodel.FunctionPage;
import org.antitrafficking.directory.readmodel.FunctionTally;
import org.antitrafficking.directory.readmodel.HotlineCard;
import org.antitrafficking.directory.readmodel.HotlinePage;
import org.antitrafficking.directory.readmodel.ProgramIndex;
import org.antitrafficking.directory.readmodel.ProgramSummary;
import org.antitrafficking.directory.readmodel.RecordKind;
import org.antitrafficking.directory.readmodel.RecordSet;
import org.antitrafficking.directory.readmodel.ReliefCard;
import org.antitrafficking.directory.readmodel.ReliefPage;
import org.antitrafficking.directory.readmodel.RetiredRecords;
import org.antitrafficking.directory.readmodel.SourcePage;
import org.antitrafficking.directory.readmodel.TaskForceSummary;
import org.antitrafficking.directory.readmodel.WorkFunction;
import org.antitrafficking.directory.readmodel.load.DirectoryRows.ChannelRow;
import org.antitrafficking.directory.readmodel.load.DirectoryRows.HotlineRow;
import org.antitrafficking.directory.readmodel.search.SearchIndex;

import static org.antitrafficking.directory.readmodel.load.Rows.bySlug;

/**
 * Turns the rows of one load into a {@link DirectorySnapshot}: every reference resolved
 * to a link, every page built once by the assembler of its kind, every list in the
 * directory's order ({@link Ordered}).
 */
final class SnapshotAssembler {

    private SnapshotAssembler() {
    }

    static DirectorySnapshot assemble(DirectoryRows rows) {
        return assemble(rows, new Links(rows));
    }

    /** The snapshot, with what the next one may be built from. */
    static SnapshotPatcher.Built assemble(DirectoryRows rows, RowHorizon horizon) {
        Links links = new Links(rows);
        return new SnapshotPatcher.Built(assemble(rows, links), rows, links, horizon);
    }

    private static DirectorySnapshot assemble(DirectoryRows rows, Links links) {
        Ordered ordered = Ordered.of(rows);
        Map<Long, List<ChannelRow>> channels = Groups.channelsByHotline(rows);
        // At a hundred thousand programs the index takes about half the assembling.
        Aside<SearchIndex> search = Aside.start("search-index-builder",
                () -> SearchRecords.index(ordered, links, channels));
        Groups groups = new Groups(rows, ordered, links, channels);
        ProgramAssembler programs = new ProgramAssembler(links, groups, ordered.programs());
        AgencyAssembler agencies = new AgencyAssembler(links, groups, programs);
        DepartmentAssembler departments = new DepartmentAssembler(links, groups, agencies, programs);
        TaskForceAssembler taskForces = new TaskForceAssembler(links, groups);
        HotlineAssembler hotlines = new HotlineAssembler(links, groups);
        ReliefAssembler relief = new ReliefAssembler(links, groups);
        SourceAssembler sources = new SourceAssembler(rows, links);

        List<DepartmentSummary> departmentList = ordered.departments().stream().map(departments::summary).toList();
        List<ProgramSummary> programList = ordered.programs().stream().map(row -> programs.summary(row.id())).toList();
        List<AgencySummary> agencyList = ordered.components().stream().map(agencies::summary).toList();
        List<TaskForceSummary> taskForceList = ordered.taskForces().stream().map(taskForces::summary).toList();
        List<HotlineCard> cards = ordered.hotlines().stream().map(hotlines::card).toList();
        Map<String, HotlineCard> cardsBySlug = bySlug(cards.stream(), card -> card.link().slug());
        List<ReliefCard> reliefCards = ordered.reliefTypes().stream().map(relief::card).toList();
        Map<String, ReliefCard> reliefCardsBySlug = bySlug(reliefCards.stream(), card -> card.link().slug());
        List<SourcePage> sourcePages = ordered.sources().stream().map(sources::page).toList();

        return new DirectorySnapshot(rows.version(),
                set(RecordKind.DEPARTMENT, departmentList,
                        ordered.departments().stream().map(departments::page).toList(), page -> page.link().slug()),
                DepartmentAssembler.groups(departmentList), set(RecordKind.AGENCY, agencyList,
                        ordered.components().stream().map(agencies::page).toList(), page -> page.link().slug()),
                agencies.trees(ordered.departments()),
                set(RecordKind.PROGRAM, programList, ordered.programs().stream().map(programs::page).toList(),
                        page -> page.link().slug()),
                new ProgramIndex(programList), departments.programDepartments(ordered.departments()),
                functionPages(agencyList, taskForceList, programList),
                set(RecordKind.TASK_FORCE, taskForceList, ordered.taskForces().stream().map(taskForces::page).toList(),
                        page -> page.link().slug()),
                set(RecordKind.HOTLINE, cards,
                        ordered.hotlines()
                            .stream()
                            .map(row -> new HotlinePage(cardsBySlug.get(row.slug()),
                                    links.provenance(row.sources(), row.sourceNote())))
                            .toList(),
                        page -> page.card().link().slug()),
                ordered.hotlines()
                    .stream()
                    .filter(HotlineRow::featured)
                    .map(row -> cardsBySlug.get(row.slug()))
                    .toList(),
                set(RecordKind.RELIEF_TYPE, reliefCards,
                        ordered.reliefTypes()
                            .stream()
                            .map(row -> new ReliefPage(reliefCardsBySlug.get(row.slug()),
                                    links.provenance(row.sources(), row.sourceNote())))
                            .toList(),
                        page -> page.card().link().slug()),
                set(RecordKind.SOURCE, sourcePages, sourcePages, page -> page.citation().slug()),
                new DirectoryCounts(rows.departments().size(), rows.components().size(), rows.programs().size(),
                        rows.taskForces().size(), rows.hotlines().size(), rows.reliefTypes().size(),
                        rows.sources().size()),
                search.join(), FunctionTally.of(agencyList.stream().map(AgencySummary::functions).toList()),
                FunctionTally.of(taskForceList.stream().map(TaskForceSummary::functions).toList()),
                HistoryAssembler.histories(rows, links), new RetiredRecords(rows.retired()), rows.translations());
    }

    private static <S, P> RecordSet<S, P> set(RecordKind kind, List<S> all, List<P> pages, Function<P, String> slug) {
        return new RecordSet<>(kind, all, bySlug(pages.stream(), slug));
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

}
