package org.antitrafficking.directory.readmodel;

import java.util.BitSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ProgramIndexTest {

    private static final RecordLink DHS = new RecordLink(RecordKind.DEPARTMENT, "dhs", "Homeland Security", "DHS");

    private static final RecordLink DOJ = new RecordLink(RecordKind.DEPARTMENT, "doj", "Justice", "DOJ");

    private final ProgramIndex index = new ProgramIndex(List.of(program("a", "training", DHS, Function.PREVENTION),
            program("b", "campaign", DHS, Function.PROTECTION, Function.PARTNERSHIP),
            program("c", "training", DOJ, Function.PROSECUTION), program("d", "report", null, Function.PARTNERSHIP),
            program("e", "training", DOJ, Function.PREVENTION, Function.PROSECUTION)));

    @Test
    void shouldTakeProgramsWithAnyOfTheFunctions() {
        assertThat(slugs(index.matching(Set.of(Function.PREVENTION, Function.PARTNERSHIP), null, null)))
            .containsExactly("a", "b", "d", "e");
    }

    @Test
    void shouldCombineFunctionDepartmentAndKind() {
        assertThat(slugs(index.matching(Set.of(Function.PROSECUTION), "doj", "training"))).containsExactly("c", "e");
        assertThat(slugs(index.matching(Set.of(), "dhs", null))).containsExactly("a", "b");
        assertThat(slugs(index.matching(Set.of(), null, "training"))).containsExactly("a", "c", "e");
        assertThat(slugs(index.matching(Set.of(Function.PROTECTION), "doj", null))).isEmpty();
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

    private static ProgramSummary program(String slug, String kind, RecordLink department, Function... functions) {
        return new ProgramSummary(new RecordLink(RecordKind.PROGRAM, slug, slug.toUpperCase(), null), kind, department,
                false, List.of(functions), "About " + slug);
    }

}
