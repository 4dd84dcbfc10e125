package org.antitrafficking.directory.program;

import java.util.List;

import org.antitrafficking.directory.readmodel.Function;
import org.antitrafficking.directory.readmodel.ProgramSummary;
import org.antitrafficking.directory.readmodel.RecordLink;

/**
 * One page of filtered programs, with what the filter form and the pagination need.
 *
 * @param departments the departments that have programs, and {@code kinds} every kind of program, for the
 * filter form
 */
public record ProgramListPage(List<ProgramSummary> programs, long total, int page, int totalPages,
        ProgramFilters filters, List<FilterChip> chips, List<RecordLink> departments, List<KindOption> kinds) {

    /** A kind of program the filter offers, and whether it is the one chosen. */
    public record KindOption(String slug, boolean selected) {
    }

    /** The functions the filter offers, in order. */
    public List<Function> functions() {
        return List.of(Function.values());
    }

    public boolean hasPrevious() {
        return page > 1;
    }

    public boolean hasNext() {
        return page < totalPages;
    }
}
