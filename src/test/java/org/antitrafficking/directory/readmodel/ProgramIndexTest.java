package org.antitrafficking.directory.readmodel;

import java.util.BitSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ProgramIndexTest {

    private static final RecordLink DHS = new RecordLink(RecordKind.DEPARTMENT, "dhs", "Homeland Security", "DHS");

    private static final RecordLink DOJ = new RecordLink(RecordKind.DEPARTMENT, "doj", "Justice", "DOJ");

    private final ProgramIndex index = new ProgramIndex(List.of(program("a", "training", DHS, WorkFunction.PREVENTION),
            program("b", "campaign", DHS, WorkFunction.PROTECTION, WorkFunction.PARTNERSHIP),
            program("c", "training", DOJ, WorkFunction.PROSECUTION),
            program("d", "report", null, WorkFunction.PARTNERSHIP),
            program("e", "training", DOJ, WorkFunction.PREVENTION, WorkFunction.PROSECUTION)));

    @Test
    void shouldTakeProgramsWithAnyOfTheFunctions() {
        assertThat(slugs(index.matching(Set.of(WorkFunction.PREVENTION, WorkFunction.PARTNERSHIP), null, null)))
            .containsExactly("a", "b", "d", "e");
    }

    @Test
    void shouldCombineFunctionDepartmentAndKind() {
        assertThat(slugs(index.matching(Set.of(WorkFunction.PROSECUTION), "doj", "training"))).containsExactly("c",
                "e");
        assertThat(slugs(index.matching(Set.of(), "dhs", null))).containsExactly("a", "b");
        assertThat(slugs(index.matching(Set.of(), null, "training"))).containsExactly("a", "c", "e");
        assertThat(slugs(index.matching(Set.of(WorkFunction.PROTECTION), "doj", null))).isEmpty();
        assertThat(slugs(index.matching(Set.of(), "no-such-department", null))).isEmpty();
    }

    @Test
    void shouldCutAPageOutOfTheMatches() {
        BitSet all = index.matching(Set.of(), null, null);
        assertThat(index.page(all, 2, 2)).extracting(program -> program.link().slug()).containsExactly("c", "d");
        assertThat(index.page(all, 4, 2)).extracting(program -> program.link().slug()).containsExactly("e");
    }

    private List<String> slugs(BitSet matching) {
        return index.page(matching, 0, 100).stream().map(program -> program.link().slug()).toList();
    }

    private static ProgramSummary program(String slug, String kind, RecordLink department, WorkFunction... functions) {
        return new ProgramSummary(new RecordLink(RecordKind.PROGRAM, slug, slug.toUpperCase(), null), kind, department,
                false, List.of(functions), "About " + slug);
    }

}
