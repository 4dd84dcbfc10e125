package org.antitrafficking.directory.readmodel;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SearchIndexTest {

    private final SearchIndex index = SearchIndex.builder()
        .add(link(RecordKind.AGENCY, "hsi"), "Homeland Security Investigations", "Homeland Security Investigations HSI",
                "Investigates human trafficking and forced labor.", null)
        .add(link(RecordKind.AGENCY, "cbp"), "Customs and Border Protection", "Customs and Border Protection CBP",
                "Guards the border; trafficked goods are seized.", "Ports of entry")
        .add(link(RecordKind.PROGRAM, "blue-campaign"), "Blue Campaign", "Blue Campaign",
                "Raises awareness of trafficking <b>everywhere</b>.", null)
        .add(link(RecordKind.PROGRAM, "training"), "Trafficking training", "Trafficking training",
                "Teaches officers to spot the signs.", "HSI helps")
        .build();

    @Test
    void shouldMatchPrefixesAndStemsAndPutNamesFirst() {
        assertThat(slugs(index.find(List.of("trafficked")))).containsExactly("training", "blue-campaign", "cbp", "hsi");
        assertThat(slugs(index.find(List.of("invest")))).containsExactly("hsi");
        assertThat(slugs(index.find(List.of("hsi")))).as("a name outweighs other text").containsExactly("hsi", "training");
    }

    @Test
    void shouldRequireEveryWordAndIgnoreStopWords() {
        assertThat(slugs(index.find(List.of("border", "trafficked")))).containsExactly("cbp");
        assertThat(slugs(index.find(List.of("the", "border")))).containsExactly("cbp");
        assertThat(index.find(List.of("the"))).isEmpty();
    }

    @Test
    void shouldGiveTheMatchesOfOneKindAsPlacesInItsList() {
        assertThat(index.positionsMatching(RecordKind.PROGRAM, List.of("trafficking")).stream().boxed().toList())
            .containsExactly(0, 1);
        assertThat(index.positionsMatching(RecordKind.AGENCY, List.of("guards")).stream().boxed().toList())
            .containsExactly(1);
        assertThat(index.positionsMatching(RecordKind.HOTLINE, List.of("guards")).isEmpty()).isTrue();
    }

    @Test
    void shouldEscapeTheTextAndMarkOnlyTheMatchedWords() {
        SearchHit hit = index.find(List.of("awareness")).get(0);
        assertThat(hit.snippet().html())
            .isEqualTo("Raises <mark>awareness</mark> of trafficking &lt;b&gt;everywhere&lt;/b&gt;.");
        assertThat(hit.snippet().parts()).filteredOn(Highlighted.Part::match).extracting(Highlighted.Part::text)
            .containsExactly("awareness");
    }

    @Test
    void shouldSuggestTheClosestWordForAMisspelling() {
        assertThat(index.isKnownWord("customs")).isTrue();
        assertThat(index.isKnownWord("custums")).isFalse();
        assertThat(index.closestWord("custums")).hasValue("customs");
        assertThat(index.closestWord("xylophone")).isEmpty();
    }

    private static RecordLink link(RecordKind kind, String slug) {
        return new RecordLink(kind, slug, slug, null);
    }

    private static List<String> slugs(List<SearchHit> hits) {
        return hits.stream().map(hit -> hit.link().slug()).toList();
    }
}
