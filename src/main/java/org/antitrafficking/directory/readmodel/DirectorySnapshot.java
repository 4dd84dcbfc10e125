package org.antitrafficking.directory.readmodel;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Everything the site and the API show, as of one version of the data: every record as
 * lists and its own page show it, the hierarchy, the counts, the filters' options, the
 * lines the home page puts first, the search index and the Spanish translations of the
 * records' text. Immutable, so any number of requests read it at once; a change of data
 * builds a new one.
 */
public record DirectorySnapshot(DataVersion version, RecordSet<DepartmentSummary, DepartmentPage> departments,
        List<DepartmentGroup> departmentGroups, RecordSet<AgencySummary, AgencyPage> agencies,
        List<AgencyDirectory> agencyTrees, RecordSet<ProgramSummary, ProgramPage> programs, ProgramIndex programIndex,
        DepartmentChoices programDepartments, List<FunctionPage> functions,
        RecordSet<TaskForceSummary, TaskForcePage> taskForces, RecordSet<HotlineCard, HotlinePage> hotlines,
        List<HotlineCard> featuredHotlines, RecordSet<ReliefCard, ReliefPage> reliefTypes,
        RecordSet<SourcePage, SourcePage> sources, DirectoryCounts counts, DirectorySearch search,
        FunctionTally agencyFunctions, FunctionTally taskForceFunctions, RecordHistories histories,
        RetiredRecords retired, Translations translations) {

    public DirectorySnapshot {
        departmentGroups = List.copyOf(departmentGroups);
        agencyTrees = List.copyOf(agencyTrees);
        functions = List.copyOf(functions);
        featuredHotlines = List.copyOf(featuredHotlines);
    }

    /**
     * The line for immediate danger: the first line, in the directory's order, for
     * emergencies.
     */
    public Optional<HotlineCard> emergencyHotline() {
        return hotlines.all().stream().filter(line -> line.purposes().contains(HotlinePurpose.EMERGENCY)).findFirst();
    }

    /**
     * The line to call or text for help: the first of the lines put first that is for
     * getting help.
     */
    public Optional<HotlineCard> helpLine() {
        return featuredHotlines.stream().filter(line -> line.purposes().contains(HotlinePurpose.GET_HELP)).findFirst();
    }

    /**
     * The cards of the given lines, in the given order; links to lines that are gone are
     * left out.
     */
    public List<HotlineCard> hotlineCards(List<RecordLink> lines) {
        return lines.stream()
            .filter(line -> hotlines.contains(line.slug()))
            .map(line -> hotlines.page(line.slug()).card())
            .toList();
    }

    /**
     * Everything tagged with a function, by the function's slug; a visitor asking for
     * another gets a 404.
     */
    public FunctionPage function(String slug) {
        return functions.stream()
            .filter(page -> page.function().slug().equals(slug))
            .findFirst()
            .orElseThrow(() -> RecordNotFoundException.forSlug(RecordKind.FUNCTION, slug));
    }

    /** The link of a department, if there is one with this slug. */
    public Optional<RecordLink> departmentLink(String slug) {
        return departments.contains(slug) ? Optional.of(departments.page(slug).link()) : Optional.empty();
    }

    /** A link to every record, ordered by kind and slug. */
    public List<RecordLink> allRecords() {
        List<RecordLink> links = new ArrayList<>();
        departments.allPages().forEach(page -> links.add(page.link()));
        agencies.allPages().forEach(page -> links.add(page.link()));
        programs.allPages().forEach(page -> links.add(page.link()));
        taskForces.allPages().forEach(page -> links.add(page.link()));
        hotlines.allPages().forEach(page -> links.add(page.card().link()));
        reliefTypes.allPages().forEach(page -> links.add(page.card().link()));
        sources.allPages()
            .forEach(page -> links
                .add(new RecordLink(RecordKind.SOURCE, page.citation().slug(), page.citation().title(), null)));
        links.sort(Comparator.comparing((RecordLink link) -> link.kind().slug()).thenComparing(RecordLink::slug));
        return links;
    }
}
