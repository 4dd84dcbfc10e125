package org.antitrafficking.directory.readmodel.search;

import java.util.List;

import org.antitrafficking.directory.readmodel.RecordKind;
import org.antitrafficking.directory.readmodel.RecordLink;
import org.antitrafficking.directory.readmodel.SearchBusyException;
import org.antitrafficking.directory.readmodel.SearchHit;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The index's limits: the searches that score at once, the hits a search gives, and the
 * order records must be added in.
 */
class SearchIndexBoundsTest {

    private final SearchIndex index = SearchIndex.builder()
        .add(link(RecordKind.AGENCY, "hsi"), "Homeland Security Investigations", "Homeland Security Investigations HSI",
                "Investigates human trafficking and forced labor.", null)
        .add(link(RecordKind.AGENCY, "cbp"), "Customs and Border Protection", "Customs and Border Protection CBP",
                "Guards the border; trafficked goods are seized.", "Ports of entry")
        .build();

    @Test
    void shouldGiveUpWithSearchBusyWhileEveryPermitIsHeldAndGiveEachPermitBack() {
        int held = index.scoringPermits.drainPermits();
        try {
            assertThatThrownBy(() -> index.find(List.of("border"))).isInstanceOf(SearchBusyException.class);
            assertThatThrownBy(() -> index.positionsMatching(RecordKind.AGENCY, List.of("border")))
                .isInstanceOf(SearchBusyException.class);
        }
        finally {
            index.scoringPermits.release(held);
        }
        assertThat(slugs(index.find(List.of("border")))).containsExactly("cbp");
        assertThat(index.scoringPermits.availablePermits()).isEqualTo(held);
    }

    @Test
    void shouldKeepTheBestHitsAndOrderEquallyGoodOnesByName() {
        SearchIndex.Builder builder = SearchIndex.builder();
        for (int i = SearchIndex.MAX_HITS + 49; i >= 0; i--) {
            String name = String.format("Program %03d", i);
            builder.add(link(RecordKind.PROGRAM, "p" + i), name, name, (i == 120) ? "Visa, visa." : "Visa.", null);
        }
        List<SearchHit> hits = builder.build().find(List.of("visa"));
        assertThat(hits).hasSize(SearchIndex.MAX_HITS);
        assertThat(slugs(hits)).startsWith("p120", "p0", "p1", "p2").endsWith("p98");
    }

    @Test
    void shouldRefuseRecordsOfAKindNotAddedTogether() {
        SearchIndex.Builder builder = SearchIndex.builder()
            .add(link(RecordKind.AGENCY, "hsi"), "HSI", "HSI", "", null)
            .add(link(RecordKind.PROGRAM, "blue"), "Blue", "Blue", "", null);
        assertThatThrownBy(() -> builder.add(link(RecordKind.AGENCY, "cbp"), "CBP", "CBP", "", null))
            .isInstanceOf(IllegalStateException.class)
            .hasMessageContaining("must be added together");
    }

    private static RecordLink link(RecordKind kind, String slug) {
        return new RecordLink(kind, slug, slug, null);
    }

    private static List<String> slugs(List<SearchHit> hits) {
        return hits.stream().map(hit -> hit.link().slug()).toList();
    }

}
