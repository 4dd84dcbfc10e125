package org.antitrafficking.directory.readmodel.search;

import java.util.Map;

import org.antitrafficking.directory.readmodel.RecordKind;
import org.antitrafficking.directory.readmodel.RecordLink;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class EntriesTest {

    private final Entries entries = new Entries(
            new Entries.Entry[] { entry("Customs"), entry("Blue Campaign"), entry("Tip Line"), entry("Awareness") },
            Map.of(RecordKind.AGENCY, new int[] { 0, 1 }, RecordKind.PROGRAM, new int[] { 1, 4 }));

    @Test
    void shouldNumberTheRecordsInNameOrder() {
        assertThat(entries.size()).isEqualTo(4);
        assertThat(entries.nameRank(3)).isZero();
        assertThat(entries.nameRank(1)).isEqualTo(1);
        assertThat(entries.nameRank(0)).isEqualTo(2);
        assertThat(entries.nameRank(2)).isEqualTo(3);
        for (int rank = 0; rank < entries.size(); rank++) {
            assertThat(entries.nameRank(indexOf(entries.byNameRank(rank)))).isEqualTo(rank);
        }
        assertThat(entries.byNameRank(0).name()).isEqualTo("Awareness");
    }

    @Test
    void shouldGiveTheRangeOfEachKind() {
        assertThat(entries.range(RecordKind.PROGRAM)).containsExactly(1, 4);
        assertThat(entries.range(RecordKind.HOTLINE)).isNull();
    }

    private int indexOf(Entries.Entry entry) {
        return switch (entry.name()) {
            case "Customs" -> 0;
            case "Blue Campaign" -> 1;
            case "Tip Line" -> 2;
            default -> 3;
        };
    }

    private static Entries.Entry entry(String name) {
        return new Entries.Entry(new RecordLink(RecordKind.PROGRAM, name, name, null), name, "");
    }

}
