package org.antitrafficking.directory.readmodel.search;

import java.util.List;

import org.antitrafficking.directory.readmodel.Highlighted;
import org.antitrafficking.directory.readmodel.RecordKind;
import org.antitrafficking.directory.readmodel.RecordLink;
import org.antitrafficking.directory.readmodel.SearchHit;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

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
        assertThat(slugs(index.find(List.of("hsi")))).as("a name outweighs other text")
            .containsExactly("hsi", "training");
    }

    @Test
    void shouldScoreTheSumOfEveryOccurrenceWeighedByItsField() {
        // "Investigations" in the names (1.0) and "Investigates" in the description (0.4)
        // share a stem:
        // each occurrence counts once, although the word matches both as typed and by its
        // stem.
        assertThat(index.find(List.of("investigates")).get(0).rank()).isCloseTo(SearchIndex.TIER_BONUS + 1.4,
                within(1e-3));
        // "trafficking" three times in the description and once in the other text of one
        // record, once in
        // the names of another.
        SearchIndex repeated = SearchIndex.builder()
            .add(link(RecordKind.PROGRAM, "named"), "Trafficking help", "Trafficking help", "About it.", null)
            .add(link(RecordKind.PROGRAM, "told"), "Outreach", "Outreach",
                    "Trafficking, trafficking and trafficking again.", "trafficking")
            .build();
        // The record named for the word comes first however often the other says it (the
        // next test).
        assertThat(repeated.find(List.of("trafficking"))).extracting(SearchHit::rank)
            .satisfiesExactly(named -> assertThat(named).isCloseTo(SearchIndex.TIER_BONUS + 1.0, within(1e-3)),
                    told -> assertThat(told).isCloseTo(3 * 0.4 + 0.2, within(1e-6)));
        // Two words add up.
        assertThat(index.find(List.of("border", "protection")).get(0).rank()).isCloseTo(SearchIndex.TIER_BONUS + 2.4,
                within(1e-3));
    }

    @Test
    void shouldRankARecordWhoseNamesHoldEveryWordAboveAnyNumberOfMentions() {
        SearchIndex index = SearchIndex.builder()
            .add(link(RecordKind.HOTLINE, "tip-line"), "HSI Tip Line", "HSI Tip Line", "For tips.", null)
            .add(link(RecordKind.PROGRAM, "outreach"), "Outreach", "Outreach",
                    "A tip line, a tip line and the tip line again; tip lines everywhere.", "tip line, tip line")
            .add(link(RecordKind.PROGRAM, "tips"), "Tips", "Tips", "Call the line.", null)
            .build();
        List<SearchHit> hits = index.find(List.of("tip", "line"));
        assertThat(slugs(hits)).containsExactly("tip-line", "outreach", "tips");
        assertThat(hits.get(1).rank()).as("the text that says it more often weighs more, but comes second")
            .isGreaterThan(hits.get(0).rank() - SearchIndex.TIER_BONUS);
    }

    /**
     * "U visa" is the U visa, although the T visa's description says "visa" more often.
     */
    @Test
    void shouldRankByOneLetterDesignationsInNamesWithoutSearchingTextForThem() {
        SearchIndex index = SearchIndex.builder()
            .add(new RecordLink(RecordKind.RELIEF_TYPE, "t-nonimmigrant-status", "T nonimmigrant status", "T visa"),
                    "T nonimmigrant status", "T nonimmigrant status T visa",
                    "A visa, a visa, the visa: for trafficking victims in the U.S. as of the visa rules.", null)
            .add(new RecordLink(RecordKind.RELIEF_TYPE, "u-nonimmigrant-status", "U nonimmigrant status", "U visa"),
                    "U nonimmigrant status", "U nonimmigrant status U visa", "For victims of crimes.", null)
            .add(link(RecordKind.PROGRAM, "visas"), "Visa resources", "Visa resources", "About visas in the U.S.", null)
            .build();
        assertThat(slugs(index.find(List.of("u", "visa")))).startsWith("u-nonimmigrant-status");
        assertThat(index.find(List.of("u", "visa")).get(0).rank())
            .isGreaterThanOrEqualTo(SearchIndex.EXACT_MATCH_BONUS);
        assertThat(slugs(index.find(List.of("t", "visa")))).startsWith("t-nonimmigrant-status");
        assertThat(slugs(index.find(List.of("u", "nonimmigrant")))).startsWith("u-nonimmigrant-status");
        assertThat(slugs(index.find(List.of("u")))).as("a letter alone finds the names that hold it")
            .containsExactly("u-nonimmigrant-status");
        // The "U" of "U.S." in a description is no match, nor marked.
        assertThat(index.find(List.of("u", "visa"))
            .stream()
            .filter(hit -> hit.link().slug().equals("visas"))
            .findFirst()
            .orElseThrow()
            .snippet()
            .html()).isEqualTo("About <mark>visas</mark> in the U.S.");
    }

    @Test
    void shouldRankTheRecordWhoseAcronymOrNameIsTheWholeQueryFirst() {
        SearchIndex index = SearchIndex.builder()
            .add(new RecordLink(RecordKind.AGENCY, "ice", "Immigration and Customs Enforcement", "ICE"),
                    "Immigration and Customs Enforcement", "Immigration and Customs Enforcement ICE",
                    "Enforces immigration law.", null)
            .add(link(RecordKind.PROGRAM, "ice-awareness"), "ICE awareness", "ICE awareness",
                    "ICE teaches, and ICE officers learn, with ICE material.", null)
            .build();
        assertThat(slugs(index.find(List.of("ice")))).containsExactly("ice", "ice-awareness");
        assertThat(index.find(List.of("ice")).get(0).rank()).isGreaterThan(SearchIndex.EXACT_MATCH_BONUS);
        assertThat(slugs(index.find(List.of("immigration", "and", "customs", "enforcement")))).containsExactly("ice");
        assertThat(slugs(index.find(List.of("ice", "awareness")))).containsExactly("ice-awareness");
        assertThat(index.find(List.of("ice", "awareness")).get(0).rank()).isGreaterThan(SearchIndex.EXACT_MATCH_BONUS);
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
        assertThat(index.positionsMatching(RecordKind.PROGRAM, List.of("the")).cardinality())
            .as("a query of no searchable word narrows nothing")
            .isEqualTo(2);
    }

    @Test
    void shouldEscapeTheTextAndMarkOnlyTheMatchedWords() {
        SearchHit hit = index.find(List.of("awareness")).get(0);
        assertThat(hit.snippet().html())
            .isEqualTo("Raises <mark>awareness</mark> of trafficking &lt;b&gt;everywhere&lt;/b&gt;.");
        assertThat(hit.snippet().parts()).filteredOn(Highlighted.Part::match)
            .extracting(Highlighted.Part::text)
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
