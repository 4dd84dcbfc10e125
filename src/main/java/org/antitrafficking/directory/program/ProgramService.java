package org.antitrafficking.directory.program;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

import org.antitrafficking.directory.readmodel.DepartmentChoices;
import org.antitrafficking.directory.readmodel.DirectorySnapshot;
import org.antitrafficking.directory.readmodel.InvalidRequestException;
import org.antitrafficking.directory.readmodel.ProgramIndex;
import org.antitrafficking.directory.readmodel.ProgramSummary;
import org.antitrafficking.directory.readmodel.ReadModel;
import org.antitrafficking.directory.readmodel.RecordKind;
import org.antitrafficking.directory.readmodel.RecordLink;
import org.antitrafficking.directory.readmodel.WorkFunction;
import org.antitrafficking.directory.readmodel.search.SearchWords;
import org.antitrafficking.directory.web.FilterChip;
import org.antitrafficking.directory.web.FunctionFilter;
import org.antitrafficking.directory.web.VisitorText;

import org.springframework.stereotype.Service;
import org.springframework.util.StringUtils;

/**
 * Filters and pages the programs of the read model, as the programs page and the API
 * offer it. Each request reads the snapshot once, so the filters are checked against the
 * data they then select from even when a new data version arrives in between.
 */
@Service
class ProgramService {

    static final int PAGE_SIZE = 10;

    /** Longer words are refused rather than cut, so the visitor knows. */
    static final int MAX_QUERY_LENGTH = 200;

    /**
     * Every kind of program, in the order the filter offers them (the database's check
     * constraint).
     */
    static final List<String> KINDS = List.of("campaign", "initiative", "training", "investigative-initiative",
            "grant-program", "research", "victim-services", "enforcement", "report", "strategy", "goal", "resource");

    private final ReadModel directory;

    ProgramService(ReadModel directory) {
        this.directory = directory;
    }

    /**
     * One page of {@value #PAGE_SIZE} of the programs that pass the filters as the
     * visitor sent them, in name order. Blank values mean "no filter"; an unknown value
     * is refused with a message naming it.
     */
    ProgramListPage list(List<String> functionSlugs, String department, String kind, String query, String page) {
        return list(functionSlugs, department, kind, query, pageNumber(page), PAGE_SIZE);
    }

    /**
     * As {@link #list(List, String, String, String, String)}, for a page number already
     * checked, {@code size} to a page.
     */
    ProgramListPage list(List<String> functionSlugs, String department, String kind, String query, int page, int size) {
        DirectorySnapshot snapshot = directory.snapshot();
        return list(snapshot, filters(snapshot, functionSlugs, department, kind, query, page), size);
    }

    /** Checks the filters against the snapshot they will select from. */
    private static ProgramFilters filters(DirectorySnapshot snapshot, List<String> functionSlugs, String department,
            String kind, String query, int page) {
        Set<WorkFunction> functions = FunctionFilter.of("/programs", functionSlugs).chosen();
        String departmentSlug = StringUtils.hasText(department) ? department.strip() : null;
        if (departmentSlug != null && !snapshot.departments().contains(departmentSlug)) {
            throw new InvalidRequestException("programs.invalid.department", VisitorText.echo(departmentSlug));
        }
        String kindSlug = StringUtils.hasText(kind) ? kind.strip() : null;
        if (kindSlug != null && !KINDS.contains(kindSlug)) {
            throw new InvalidRequestException("programs.invalid.kind", VisitorText.echo(kind));
        }
        String words = StringUtils.hasText(query) ? query.strip() : null;
        if (words != null && words.length() > MAX_QUERY_LENGTH) {
            throw new InvalidRequestException("error.400.query-too-long", MAX_QUERY_LENGTH);
        }
        return new ProgramFilters(functions, departmentSlug, kindSlug, words, page);
    }

    private static ProgramListPage list(DirectorySnapshot snapshot, ProgramFilters filters, int size) {
        ProgramIndex index = snapshot.programIndex();
        BitSet passing = index.matching(filters.functions(), filters.department(), filters.kind());
        List<String> words = SearchWords.of(filters.query());
        if (!words.isEmpty()) {
            passing.and(snapshot.search().positionsMatching(RecordKind.PROGRAM, words));
        }
        int total = passing.cardinality();
        int totalPages = (total + size - 1) / size;
        if (filters.page() > 1 && filters.page() > totalPages) {
            throw new InvalidRequestException("programs.invalid.page", filters.page(), Math.max(totalPages, 1));
        }
        List<ProgramSummary> page = index.page(passing, (filters.page() - 1) * size, size);
        DepartmentChoices choices = snapshot.programDepartments();
        return new ProgramListPage(page, total, filters.page(), totalPages, filters, chips(filters, snapshot),
                offered(choices, filters.department(), snapshot), choices.complete(), choices.offered().size(),
                kinds(filters.kind()), related(filters, snapshot));
    }

    /**
     * The departments the form offers, with the chosen one among them even if it is not
     * one of the busiest.
     */
    private static List<RecordLink> offered(DepartmentChoices choices, String chosen, DirectorySnapshot snapshot) {
        if (chosen == null || choices.offered().stream().anyMatch(department -> department.slug().equals(chosen))) {
            return choices.offered();
        }
        List<RecordLink> offered = new ArrayList<>(choices.offered());
        offered.add(snapshot.departmentLink(chosen).orElseThrow());
        offered.sort(Comparator.comparing(RecordLink::name));
        return offered;
    }

    /**
     * How many agencies and task forces do the functions chosen, so the programs page can
     * point to them.
     */
    private static ProgramListPage.Related related(ProgramFilters filters, DirectorySnapshot snapshot) {
        if (filters.functions().isEmpty()) {
            return null;
        }
        FunctionFilter functions = new FunctionFilter("/programs", filters.functions());
        return new ProgramListPage.Related(snapshot.agencyFunctions().matching(filters.functions()),
                functions.hrefFor("/agencies"), snapshot.taskForceFunctions().matching(filters.functions()),
                functions.hrefFor("/task-forces"));
    }

    private static int pageNumber(String page) {
        if (!StringUtils.hasText(page)) {
            return 1;
        }
        try {
            int number = Integer.parseInt(page.strip());
            if (number >= 1) {
                return number;
            }
        }
        catch (NumberFormatException ex) {
            // answered below
        }
        throw new InvalidRequestException("programs.invalid.page-number", VisitorText.echo(page));
    }

    private static List<FilterChip> chips(ProgramFilters filters, DirectorySnapshot snapshot) {
        List<FilterChip> chips = new ArrayList<>();
        for (WorkFunction function : WorkFunction.values()) {
            if (filters.has(function)) {
                chips.add(new FilterChip("function." + function.slug(), null, filters.hrefWithout(function)));
            }
        }
        if (filters.department() != null) {
            String name = snapshot.departmentLink(filters.department()).orElseThrow().name();
            chips.add(new FilterChip("programs.chip.department", name, filters.hrefWithoutDepartment()));
        }
        if (filters.kind() != null) {
            chips.add(new FilterChip("program.kind." + filters.kind(), null, filters.hrefWithoutKind()));
        }
        if (filters.query() != null) {
            chips.add(new FilterChip("programs.chip.query", filters.query(), filters.hrefWithoutQuery()));
        }
        return chips;
    }

    private static List<ProgramListPage.KindOption> kinds(String chosen) {
        return KINDS.stream().map(kind -> new ProgramListPage.KindOption(kind, kind.equals(chosen))).toList();
    }

}
