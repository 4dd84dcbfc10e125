package org.antitrafficking.directory.readmodel;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The programs in name order, with the positions of each function's, kind's and
 * department's programs, so a filter of the programs list is a few operations on bit sets
 * rather than a pass over every program: at a hundred thousand programs, the difference
 * between a few milliseconds and a few hundred. Functions and kinds are few and each has
 * many programs, so each has a bit set; departments may be many with a few programs each,
 * so each has the sorted array of its positions (a bit set per department would take as
 * much memory as all the programs).
 */
public final class ProgramIndex {

    private final List<ProgramSummary> programs;

    private final Map<WorkFunction, BitSet> byFunction = new EnumMap<>(WorkFunction.class);

    private final Map<String, int[]> byDepartment = new HashMap<>();

    private final Map<String, BitSet> byKind = new HashMap<>();

    public ProgramIndex(List<ProgramSummary> programs) {
        this.programs = List.copyOf(programs);
        Map<String, List<Integer>> departments = new HashMap<>();
        for (int position = 0; position < programs.size(); position++) {
            ProgramSummary program = programs.get(position);
            for (WorkFunction function : program.functions()) {
                byFunction.computeIfAbsent(function, key -> new BitSet()).set(position);
            }
            if (program.department() != null) {
                departments.computeIfAbsent(program.department().slug(), key -> new ArrayList<>()).add(position);
            }
            byKind.computeIfAbsent(program.kind(), key -> new BitSet()).set(position);
        }
        departments.forEach(
                (slug, positions) -> byDepartment.put(slug, positions.stream().mapToInt(Integer::intValue).toArray()));
    }

    /**
     * The positions of the programs tagged with any of {@code functions} (all programs if
     * it is empty), of the department and of the kind given (either null for any). The
     * caller may change the set.
     */
    public BitSet matching(Collection<WorkFunction> functions, String department, String kind) {
        BitSet ofFunctions = new BitSet(programs.size());
        if (functions.isEmpty()) {
            ofFunctions.set(0, programs.size());
        }
        else {
            functions.forEach(function -> ofFunctions.or(byFunction.getOrDefault(function, new BitSet())));
        }
        if (kind != null) {
            ofFunctions.and(byKind.getOrDefault(kind, new BitSet()));
        }
        if (department == null) {
            return ofFunctions;
        }
        BitSet matching = new BitSet(programs.size());
        for (int position : byDepartment.getOrDefault(department, new int[0])) {
            if (ofFunctions.get(position)) {
                matching.set(position);
            }
        }
        return matching;
    }

    /**
     * The programs at the positions set in {@code matching}, skipping the first
     * {@code from}, at most {@code size}.
     */
    public List<ProgramSummary> page(BitSet matching, int from, int size) {
        List<ProgramSummary> page = new ArrayList<>(size);
        int position = matching.nextSetBit(0);
        for (int skipped = 0; position >= 0 && skipped < from; skipped++) {
            position = matching.nextSetBit(position + 1);
        }
        for (; position >= 0 && page.size() < size; position = matching.nextSetBit(position + 1)) {
            page.add(programs.get(position));
        }
        return page;
    }

}
