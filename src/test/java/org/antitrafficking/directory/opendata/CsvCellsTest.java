package org.antitrafficking.directory.opendata;

import java.util.List;
import java.util.stream.Stream;

import org.antitrafficking.directory.readmodel.Citation;
import org.antitrafficking.directory.readmodel.Provenance;
import org.antitrafficking.directory.readmodel.RecordKind;
import org.antitrafficking.directory.readmodel.RecordLink;
import org.antitrafficking.directory.readmodel.WorkFunction;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Links and lists as the export's cells hold them. */
class CsvCellsTest {

    @Test
    void shouldSeparateAListsItemsWithSemicolonsAndLeaveAnEmptyListEmpty() {
        assertThat(CsvCells.joined(Stream.of("hsi:runs", "fbi:funds"))).isEqualTo("hsi:runs;fbi:funds");
        assertThat(CsvCells.joined(Stream.empty())).isEmpty();
    }

    @Test
    void shouldWriteALinkAsItsSlugAndNoLinkAsAnEmptyCell() {
        assertThat(CsvCells.slugOf(new RecordLink(RecordKind.AGENCY, "hsi", "Homeland Security Investigations", "HSI")))
            .isEqualTo("hsi");
        assertThat(CsvCells.slugOf(null)).isNull();
    }

    @Test
    void shouldWriteARecordsSourcesBySlugInTheirOrder() {
        Provenance provenance = new Provenance(List.of(citation("tip-report-2024"), citation("ctip-factsheet")), null);
        assertThat(CsvCells.sourcesOf(provenance)).isEqualTo("tip-report-2024;ctip-factsheet");
    }

    @Test
    void shouldWriteFunctionsBySlugInTheirOrder() {
        assertThat(CsvCells.functions(List.of(WorkFunction.PROTECTION, WorkFunction.PREVENTION)))
            .isEqualTo("protection;prevention");
        assertThat(CsvCells.functions(List.of())).isEmpty();
    }

    private static Citation citation(String slug) {
        return new Citation(slug, "A title", "A publisher", "2024", false, null, "document");
    }

}
