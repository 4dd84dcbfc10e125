package org.antitrafficking.directory.web;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.antitrafficking.directory.readmodel.InvalidRequestException;
import org.antitrafficking.directory.readmodel.WorkFunction;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The function filter of the agency, task force and program lists, without Spring. */
class FunctionFilterTest {

    @Test
    void shouldReadTheFunctionsByTheirSlugsIgnoringBlankOnes() {
        FunctionFilter filter = FunctionFilter.of("/agencies",
                Arrays.asList(" protection ", "", null, "prevention", "protection"));
        assertThat(filter.chosen()).containsExactlyInAnyOrder(WorkFunction.PREVENTION, WorkFunction.PROTECTION);
        assertThat(filter.chosenInOrder()).containsExactly(WorkFunction.PREVENTION, WorkFunction.PROTECTION);
        assertThat(filter.has(WorkFunction.PROTECTION)).isTrue();
        assertThat(filter.has(WorkFunction.PARTNERSHIP)).isFalse();
        assertThat(FunctionFilter.of("/agencies", null).isEmpty()).isTrue();
        assertThat(FunctionFilter.of("/agencies", List.of(" ", "")).isEmpty()).isTrue();
    }

    @Test
    void shouldRefuseAnUnknownFunctionNamingAShortPartOfIt() {
        assertThatThrownBy(() -> FunctionFilter.of("/agencies", List.of("prevention", "Protection")))
            .as("slugs are lower case")
            .isInstanceOf(InvalidRequestException.class);
        assertThatThrownBy(() -> FunctionFilter.of("/programs", List.of("rescue of every victim, everywhere")))
            .isInstanceOfSatisfying(InvalidRequestException.class, ex -> {
                assertThat(ex.getMessageKey()).isEqualTo("filter.invalid.function");
                assertThat(ex.getArguments()).containsExactly("rescue of every…");
            });
    }

    @Test
    void shouldPassARecordTaggedWithAnyChosenFunctionAndEveryRecordWithoutAFilter() {
        FunctionFilter filter = new FunctionFilter("/task-forces",
                EnumSet.of(WorkFunction.PROSECUTION, WorkFunction.PARTNERSHIP));
        assertThat(filter.matches(List.of(WorkFunction.PARTNERSHIP, WorkFunction.PREVENTION))).isTrue();
        assertThat(filter.matches(List.of(WorkFunction.PROTECTION))).isFalse();
        assertThat(filter.matches(List.of())).isFalse();
        FunctionFilter none = new FunctionFilter("/task-forces", Set.of());
        assertThat(none.matches(List.of())).isTrue();
        assertThat(none.matches(List.of(WorkFunction.PROTECTION))).isTrue();
        assertThat(none.functions()).containsExactly(WorkFunction.values());
    }

    @Test
    void shouldGiveEachChipALinkThatRemovesJustItsFunction() {
        FunctionFilter filter = FunctionFilter.of("/agencies", List.of("protection", "prevention", "partnership"));
        assertThat(filter.chips()).containsExactly(
                new FilterChip("function.prevention", null, "/agencies?function=partnership&function=protection"),
                new FilterChip("function.protection", null, "/agencies?function=partnership&function=prevention"),
                new FilterChip("function.partnership", null, "/agencies?function=prevention&function=protection"));
        assertThat(FunctionFilter.of("/agencies", List.of("prosecution")).hrefWithout(WorkFunction.PROSECUTION))
            .as("the last one removed leaves the bare list")
            .isEqualTo("/agencies");
        assertThat(FunctionFilter.of("/agencies", List.of()).chips()).isEmpty();
    }

    @Test
    void shouldLinkToAnotherListWithTheSameFunctionsInTheCanonicalOrder() {
        FunctionFilter filter = FunctionFilter.of("/programs", List.of("protection", "prevention"));
        String href = filter.hrefFor("/task-forces");
        assertThat(href).isEqualTo("/task-forces?function=prevention&function=protection");
        assertThat(
                CanonicalQuery.target("/task-forces", Map.of("function", new String[] { "protection", "prevention" })))
            .as("the address the page cache keeps")
            .isEqualTo(href);
        assertThat(FunctionFilter.of("/programs", List.of()).hrefFor("/agencies")).isEqualTo("/agencies");
    }

}
