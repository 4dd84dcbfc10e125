package org.antitrafficking.directory.program;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The pagination links to the pages near the current one, and to the first and the last.
 */
class ProgramListPageTest {

    @Test
    void shouldLinkEveryPageWhenThereAreFew() {
        assertThat(pages(7, 4)).containsExactly(1, 2, 3, 4, 5, 6, 7);
    }

    @Test
    void shouldShowGapsAroundTheCurrentPageAmongMany() {
        assertThat(pages(4000, 20)).containsExactly(1, 0, 19, 20, 21, 0, 4000);
    }

    @Test
    void shouldFillAGapOfOnePageWithThatPage() {
        assertThat(pages(40, 3)).containsExactly(1, 2, 3, 4, 0, 40);
        assertThat(pages(40, 1)).containsExactly(1, 2, 0, 40);
        assertThat(pages(40, 40)).containsExactly(1, 0, 39, 40);
    }

    /** The page numbers linked, 0 standing for a gap. */
    private static List<Integer> pages(int totalPages, int page) {
        ProgramFilters filters = new ProgramFilters(Set.of(), null, null, null, page);
        return new ProgramListPage(List.of(), totalPages * 10L, page, totalPages, filters, List.of(), List.of(), true,
                0, List.of(), null)
            .pageLinks()
            .stream()
            .map(ProgramListPage.PageLink::number)
            .toList();
    }

}
