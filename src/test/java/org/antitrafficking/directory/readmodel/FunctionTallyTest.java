package org.antitrafficking.directory.readmodel;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FunctionTallyTest {

    private static final List<Set<WorkFunction>> RECORDS = List.of(Set.of(), Set.of(WorkFunction.PREVENTION),
            Set.of(WorkFunction.PREVENTION, WorkFunction.PROTECTION), Set.of(WorkFunction.PROSECUTION),
            Set.of(WorkFunction.PROSECUTION), EnumSet.allOf(WorkFunction.class),
            Set.of(WorkFunction.PARTNERSHIP, WorkFunction.PROTECTION));

    @Test
    void shouldCountTheRecordsWithAnyOfTheChosenFunctionsForEveryChoice() {
        FunctionTally tally = FunctionTally.of(RECORDS);
        for (Set<WorkFunction> chosen : everyChoice()) {
            long expected = RECORDS.stream()
                .filter(functions -> chosen.isEmpty() || functions.stream().anyMatch(chosen::contains))
                .count();
            assertThat(tally.matching(chosen)).as("records with any of %s", chosen).isEqualTo(expected);
        }
    }

    @Test
    void shouldCountEveryRecordWhenNoFunctionIsChosenAndNoneWhenThereAreNoRecords() {
        assertThat(FunctionTally.of(RECORDS).matching(Set.of())).isEqualTo(7);
        assertThat(FunctionTally.of(List.of()).matching(Set.of(WorkFunction.PROTECTION))).isZero();
        assertThat(FunctionTally.of(RECORDS).matching(Set.of(WorkFunction.PROSECUTION))).isEqualTo(3);
    }

    private static List<Set<WorkFunction>> everyChoice() {
        List<Set<WorkFunction>> choices = new ArrayList<>();
        WorkFunction[] all = WorkFunction.values();
        for (int bits = 0; bits < 1 << all.length; bits++) {
            Set<WorkFunction> chosen = EnumSet.noneOf(WorkFunction.class);
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
