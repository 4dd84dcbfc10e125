package org.antitrafficking.directory.readmodel.load;

import java.time.LocalDate;

import org.antitrafficking.directory.readmodel.DirectorySnapshot;
import org.antitrafficking.directory.readmodel.RecordHistories;
import org.antitrafficking.directory.readmodel.RecordHistory;
import org.antitrafficking.directory.readmodel.RecordKind;
import org.antitrafficking.directory.readmodel.RecordLink;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The history of each record of the {@link SmallDirectory}: its changes newest first, its
 * latest check, and the directory's recent changes across records.
 */
class HistoryAssemblerTest {

    private final DirectorySnapshot snapshot = SnapshotAssembler.assemble(SmallDirectory.rows());

    @Test
    void shouldGiveARecordItsChangesNewestFirstWithTheirSources() {
        RecordHistory tipLine = snapshot.histories().of(snapshot.hotlines().page("hsi-tip-line").card().link());
        assertThat(tipLine.changes())
            .extracting(RecordHistory.Change::edit, RecordHistory.Change::field, RecordHistory.Change::before,
                    RecordHistory.Change::after, change -> change.source().slug())
            .containsExactly(tuple(3L, "hours", "24 hours", "24 hours a day", "dhs-in-action"),
                    tuple(1L, "hours", "Weekdays", "24 hours a day", "dhs-in-action"));
        assertThat(tipLine.lastChangedOn()).isEqualTo(LocalDate.of(2026, 11, 20));
    }

    @Test
    void shouldKeepTheLatestCheckApartFromTheChanges() {
        RecordHistory tipLine = snapshot.histories().of(snapshot.hotlines().page("hsi-tip-line").card().link());
        assertThat(tipLine.lastCheck()).isNotNull();
        assertThat(tipLine.lastCheck().checkedOn()).isEqualTo(LocalDate.of(2026, 11, 10));
        assertThat(tipLine.lastCheck().source().slug()).isEqualTo("dhs-in-action");
        assertThat(tipLine.checkOverdueOn(LocalDate.of(2027, 11, 10))).as("exactly twelve months later").isFalse();
        assertThat(tipLine.checkOverdueOn(LocalDate.of(2027, 11, 11))).as("a day over twelve months").isTrue();
    }

    @Test
    void shouldClaimNoCheckAndNoChangeForARecordNobodyTouched() {
        RecordHistory center = snapshot.histories().of(snapshot.agencies().page("ccht").link());
        assertThat(center).isSameAs(RecordHistory.NONE);
        assertThat(center.lastCheck()).isNull();
        assertThat(center.lastChangedOn()).isNull();
        assertThat(center.checkOverdueOn(LocalDate.of(2040, 1, 1))).as("never checked is said otherwise").isFalse();
    }

    @Test
    void shouldListTheRecentChangesOfEveryRecordNewestFirst() {
        assertThat(snapshot.histories().recent())
            .extracting(change -> change.record().kind(), change -> change.record().slug(),
                    change -> change.change().field())
            .containsExactly(tuple(RecordKind.HOTLINE, "hsi-tip-line", "hours"),
                    tuple(RecordKind.PROGRAM, "blue-campaign", "website"),
                    tuple(RecordKind.HOTLINE, "hsi-tip-line", "hours"));
        assertThat(snapshot.histories().recent().get(0).record().name()).isEqualTo("HSI Tip Line");
    }

    @Test
    void shouldFindAHistoryByAnyLinkToTheRecord() {
        RecordLink bare = new RecordLink(RecordKind.PROGRAM, "blue-campaign", "another name", null);
        assertThat(snapshot.histories().of(bare).changes()).hasSize(1);
        assertThat(RecordHistories.key(bare)).isEqualTo("program/blue-campaign");
    }

}
