package org.antitrafficking.directory.readmodel;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FunctionTallyTest {

    private static final List<Set<Function>> RECORDS = List.of(Set.of(), Set.of(Function.PREVENTION),
            Set.of(Function.PREVENTION, Function.PROTECTION), Set.of(Function.PROSECUTION),
            Set.of(Function.PROSECUTION), EnumSet.allOf(Function.class),
            Set.of(Function.PARTNERSHIP, Function.PROTECTION));

    @Test
    void shouldCountTheRecordsWithAnyOfTheChosenFunctionsForEveryChoice() {
        FunctionTally tally = FunctionTally.of(RECORDS);
        for (Set<Function> chosen : everyChoice()) {
            long expected = RECORDS.stream()
                .filter(functions -> chosen.isEmpty() || functions.stream().anyMatch(chosen::contains))
                .count();
            assertThat(tally.matching(chosen)).as("records with any of %s", chosen).isEqualTo(expected);
        }
    }

    @Test
    void shouldCountEveryRecordWhenNoFunctionIsChosenAndNoneWhenThereAreNoRecords() {
        assertThat(FunctionTally.of(RECORDS).matching(Set.of())).isEqualTo(7);
        assertThat(FunctionTally.of(List.of()).matching(Set.of(Function.PROTECTION))).isZero();
        assertThat(FunctionTally.of(RECORDS).matching(Set.of(Function.PROSECUTION))).isEqualTo(3);
    }

    private static List<Set<Function>> everyChoice() {
        List<Set<Function>> choices = new ArrayList<>();
        Function[] all = Function.values();
        for (int bits = 0; bits < 1 << all.length; bits++) {
            Set<Function> chosen = EnumSet.noneOf(Function.class);
            for (int i = 0; i < all.length; i++) {
                if ((bits & (1 << i)) != 0) {
                    chosen.add(all[i]);
                }
            }
            choices.add(chosen);
        }
        return choices;
    }

}
