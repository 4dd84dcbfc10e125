package org.antitrafficking.directory.program;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;

import org.antitrafficking.directory.readmodel.DepartmentChoices;
import org.antitrafficking.directory.readmodel.DirectorySnapshot;
import org.antitrafficking.directory.readmodel.InvalidRequestException;
import org.antitrafficking.directory.readmodel.ProgramIndex;
import org.antitrafficking.directory.readmodel.ProgramSummary;
import org.antitrafficking.directory.readmodel.ReadModel;
import org.antitrafficking.directory.readmodel.RecordKind;
import org.antitrafficking.directory.readmodel.RecordLink;
import org.antitrafficking.directory.readmodel.search.SearchWords;
import org.antitrafficking.directory.web.VisitorText;

import org.springframework.stereotype.Service;

/**
 * Filters and pages the programs of the read model, as the programs page and the API
 * offer it. Each request reads the snapshot once, so the filters are checked against the
 * data they then select from even when a new data version arrives in between.
 */
@Service
class ProgramService {

    static final int PAGE_SIZE = 10;

    private final ReadModel directory;

    ProgramService(ReadModel directory) {
        this.directory = directory;
    }

    /**
     * One page of {@code size} of the programs that pass the filters, in name order; a
     * department the snapshot does not have, or a page past the last, is refused.
     */
    ProgramListPage list(ProgramFilters filters, int size) {
        DirectorySnapshot snapshot = directory.snapshot();
        if (filters.department() != null && !snapshot.departments().contains(filters.department())) {
            throw new InvalidRequestException("programs.invalid.department", VisitorText.echo(filters.department()));
        }
        return list(snapshot, filters, size);
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
        return new ProgramListPage(page, total, filters.page(), totalPages, filters, filters.chips(snapshot),
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
        return new ProgramListPage.Related(snapshot.agencyFunctions().matching(filters.functions()),
                filters.functionsHref("/agencies"), snapshot.taskForceFunctions().matching(filters.functions()),
                filters.functionsHref("/task-forces"));
    }

    private static List<ProgramListPage.KindOption> kinds(String chosen) {
        return ProgramFilters.KINDS.stream()
            .map(kind -> new ProgramListPage.KindOption(kind, kind.equals(chosen)))
            .toList();
    }

}
