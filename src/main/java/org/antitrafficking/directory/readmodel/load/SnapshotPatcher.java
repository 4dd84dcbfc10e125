package org.antitrafficking.directory.readmodel.load;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiFunction;
import java.util.function.Function;

import org.antitrafficking.directory.readmodel.AgencyPage;
import org.antitrafficking.directory.readmodel.DepartmentPage;
import org.antitrafficking.directory.readmodel.DirectorySnapshot;
import org.antitrafficking.directory.readmodel.FunctionPage;
import org.antitrafficking.directory.readmodel.ProgramIndex;
import org.antitrafficking.directory.readmodel.ProgramPage;
import org.antitrafficking.directory.readmodel.ProgramSummary;
import org.antitrafficking.directory.readmodel.RecordSet;
import org.antitrafficking.directory.readmodel.load.DirectoryRows.ProgramRow;
import org.antitrafficking.directory.readmodel.search.SearchIndex;
import org.jspecify.annotations.Nullable;

/**
 * Builds the snapshot of a new data version from the last one when only a few programs'
 * texts changed (their description, website or source note): those programs' pages and
 * summaries are made again, and every list holding one of the summaries (the programs
 * list and its index, the function, department and agency pages), the search entries and
 * the histories; everything else is the last snapshot's, shared. Gives exactly what
 * {@link SnapshotAssembler} would from the same rows, or null when a change reaches
 * further (a name, a place in the hierarchy, functions, sources, a retirement), and the
 * caller assembles everything.
 */
final class SnapshotPatcher {

    private SnapshotPatcher() {
    }

    static @Nullable Built patch(Built last, ChangedRows changes) {
        DirectoryRows rows = last.rows();
        List<ProgramRow> programs = new ArrayList<>(rows.programs());
        Map<String, ProgramRow> changed = new LinkedHashMap<>();
        Map<String, ProgramRow> before = new HashMap<>();
        if (changes.programs().size() != changes.programIds().size()) {
            // A program retired, or one retired before.
            return null;
        }
        for (ProgramRow row : changes.programs()) {
            int at = Collections.binarySearch(programs, row, Comparator.comparingLong(ProgramRow::id));
            if (at < 0) {
                return null;
            }
            ProgramRow old = programs.get(at);
            if (old.equals(row)) {
                continue;
            }
            if (!onlyTextsDiffer(old, row)) {
                return null;
            }
            programs.set(at, row);
            changed.put(row.slug(), row);
            before.put(row.slug(), old);
        }
        DirectoryRows patchedRows = new DirectoryRows(changes.version(), rows.sources(), rows.departments(),
                rows.components(), List.copyOf(programs), rows.operators(), rows.taskForces(), rows.members(),
                rows.hotlines(), rows.channels(), rows.reliefTypes(), rows.handlers(), rows.figures(),
                changes.revisions(), changes.checks(), rows.retired(), changes.translations());
        DirectorySnapshot snapshot = last.snapshot();
        if (!(snapshot.search() instanceof SearchIndex index)) {
            return null;
        }
        Map<String, ProgramPage> pages = new LinkedHashMap<>(snapshot.programs().pages());
        List<SearchIndex.Replacement> replacements = new ArrayList<>();
        changed.forEach((slug, row) -> {
            ProgramPage old = pages.get(slug);
            pages.put(slug,
                    new ProgramPage(old.link(), old.kind(), row.description(), row.website(), old.department(),
                            old.taskForce(), old.crossAgency(), old.partOf(), old.parts(), old.operators(),
                            old.functions(), old.figures(), last.links().provenance(row.sources(), row.sourceNote())));
            replacements.add(SearchRecords.program(old.link(), before.get(slug), row));
        });
        Map<ProgramSummary, ProgramSummary> summaries = new IdentityHashMap<>();
        List<ProgramSummary> all = new ArrayList<>(snapshot.programs().all());
        all.replaceAll(summary -> {
            ProgramRow row = changed.get(summary.link().slug());
            if (row == null) {
                return summary;
            }
            ProgramSummary now = new ProgramSummary(summary.link(), summary.kind(), summary.department(),
                    summary.crossAgency(), summary.functions(), row.description());
            summaries.put(summary, now);
            return now;
        });
        Function<List<ProgramSummary>, List<ProgramSummary>> replaced = list -> list.stream()
            .anyMatch(summaries::containsKey) ? list.stream().map(s -> summaries.getOrDefault(s, s)).toList() : list;
        DirectorySnapshot patched = new DirectorySnapshot(changes.version(),
                pages(snapshot.departments(), DepartmentPage::programs, replaced,
                        (page, listed) -> new DepartmentPage(page.link(), page.kind(), page.description(),
                                page.website(), page.figures(), page.agencies(), listed, page.taskForces(),
                                page.hotlines(), page.reliefTypes(), page.provenance())),
                snapshot.departmentGroups(),
                pages(snapshot.agencies(), AgencyPage::programs, replaced,
                        (page, listed) -> new AgencyPage(page.link(), page.kind(), page.description(), page.website(),
                                page.breadcrumbs(), page.units(), listed, page.taskForces(), page.hotlines(),
                                page.reliefTypes(), page.functions(), page.figures(), page.provenance())),
                snapshot.agencyTrees(), new RecordSet<>(snapshot.programs().kind(), all, pages), new ProgramIndex(all),
                snapshot.programDepartments(),
                snapshot.functions()
                    .stream()
                    .map(page -> new FunctionPage(page.function(), page.agencies(), page.taskForces(),
                            replaced.apply(page.programs())))
                    .toList(),
                snapshot.taskForces(), snapshot.hotlines(), snapshot.featuredHotlines(), snapshot.reliefTypes(),
                snapshot.sources(), snapshot.counts(), index.replacing(replacements), snapshot.agencyFunctions(),
                snapshot.taskForceFunctions(), HistoryAssembler.histories(patchedRows, last.links()),
                snapshot.retired(), changes.translations());
        return new Built(patched, patchedRows, last.links(), changes.horizon());
    }

    /**
     * Whether the rows differ in nothing but the program's description, website and
     * source note. Functions and sources are compared as sets: their order is the
     * database's, and nothing shown depends on it.
     */
    private static boolean onlyTextsDiffer(ProgramRow old, ProgramRow row) {
        return old.id() == row.id() && old.slug().equals(row.slug()) && old.name().equals(row.name())
                && Objects.equals(old.acronym(), row.acronym()) && old.kind().equals(row.kind())
                && Objects.equals(old.departmentId(), row.departmentId())
                && Objects.equals(old.taskForceId(), row.taskForceId()) && old.crossAgency() == row.crossAgency()
                && Objects.equals(old.parentId(), row.parentId())
                && sorted(old.functions()).equals(sorted(row.functions()))
                && sorted(old.sources()).equals(sorted(row.sources()));
    }

    private static <T extends Comparable<T>> List<T> sorted(List<T> values) {
        return values.stream().sorted().toList();
    }

    /**
     * The record set with each page whose programs list changed made again with the new
     * list by {@code patch}; the pages and the set are kept as they were where nothing
     * changed.
     */
    private static <S, P> RecordSet<S, P> pages(RecordSet<S, P> set, Function<P, List<ProgramSummary>> programs,
            Function<List<ProgramSummary>, List<ProgramSummary>> replaced,
            BiFunction<P, List<ProgramSummary>, P> patch) {
        Map<String, P> pages = new LinkedHashMap<>(set.pages());
        boolean changed = false;
        for (Map.Entry<String, P> entry : pages.entrySet()) {
            List<ProgramSummary> listed = programs.apply(entry.getValue());
            List<ProgramSummary> now = replaced.apply(listed);
            if (now != listed) {
                entry.setValue(patch.apply(entry.getValue(), now));
                changed = true;
            }
        }
        return changed ? new RecordSet<>(set.kind(), set.all(), pages) : set;
    }

    /**
     * A snapshot with the rows, links and horizon it was built from, for building the
     * next one from it.
     */
    record Built(DirectorySnapshot snapshot, DirectoryRows rows, Links links, RowHorizon horizon) {
    }

}
