package org.antitrafficking.directory.program;

import java.util.ArrayList;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.IntStream;

import org.antitrafficking.directory.readmodel.DepartmentChoices;
import org.antitrafficking.directory.readmodel.ProgramSummary;
import org.antitrafficking.directory.readmodel.RecordLink;
import org.antitrafficking.directory.readmodel.WorkFunction;
import org.antitrafficking.directory.web.FilterChip;

/**
 * One page of filtered programs, with what the filter form and the pagination need.
 *
 * @param departments the departments the filter form offers (see
 * {@link DepartmentChoices}), and {@code kinds} every kind of program
 * @param allDepartments whether every department with programs is offered
 * @param busiestDepartments how many departments the directory offers when not all are,
 * before the chosen one is added to {@code departments}: the number the form's hint names
 */
public record ProgramListPage(List<ProgramSummary> programs, long total, int page, int totalPages,
        ProgramFilters filters, List<FilterChip> chips, List<RecordLink> departments, boolean allDepartments,
        int busiestDepartments, List<KindOption> kinds, Related related) {

    /**
     * The agencies and task forces tagged with the functions chosen, and the lists that
     * show them; null when no function is chosen.
     */
    public record Related(long agencies, String agenciesHref, long taskForces, String taskForcesHref) {
    }

    /** Around the current page, as many pages as the pagination shows on each side. */
    static final int NEIGHBOURS = 1;

    /** A link to a page, or a gap (number 0) where pages are left out. */
    public record PageLink(int number) {

        public boolean gap() {
            return number == 0;
        }
    }

    /**
     * The pages the pagination links to: all of them when there are few, otherwise the
     * first, the last and the current one with its neighbours, with a gap wherever pages
     * are left out, as the U.S. Web Design System's pagination does. A list of thousands
     * of links would help nobody.
     */
    public List<PageLink> pageLinks() {
        SortedSet<Integer> shown = new TreeSet<>();
        if (totalPages <= 5 + 2 * NEIGHBOURS) {
            IntStream.rangeClosed(1, totalPages).forEach(shown::add);
        }
        else {
            shown.add(1);
            shown.add(totalPages);
            IntStream.rangeClosed(page - NEIGHBOURS, page + NEIGHBOURS)
                .filter(number -> number >= 1 && number <= totalPages)
                .forEach(shown::add);
        }
        List<PageLink> links = new ArrayList<>();
        int previous = 0;
        for (int number : shown) {
            if (number == previous + 2) {
                links.add(new PageLink(previous + 1));
            }
            else if (number > previous + 2) {
                links.add(new PageLink(0));
            }
            links.add(new PageLink(number));
            previous = number;
        }
        return links;
    }

    /** A kind of program the filter offers, and whether it is the one chosen. */
    public record KindOption(String slug, boolean selected) {
    }

    /** The functions the filter offers, in order. */
    public List<WorkFunction> functions() {
        return List.of(WorkFunction.values());
    }

    public boolean hasPrevious() {
        return page > 1;
    }

    public boolean hasNext() {
        return page < totalPages;
    }
}
