package org.antitrafficking.directory.readmodel.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.antitrafficking.directory.readmodel.RecordKind;
import org.antitrafficking.directory.readmodel.RecordLink;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Replacing records' texts in an index gives exactly the index built afresh from the
 * changed records: the same words with the same postings and stems, the same spelling
 * with the same counts, the same results. Random texts from a small vocabulary, so that
 * words come, go, repeat beyond what a posting counts and are shared between records.
 */
class SearchIndexReplacingTest {

    private static final String[] VOCABULARY = { "trafficking", "trafficked", "traffic", "labor", "labour", "visa", "T",
            "U", "a", "Investigations", "investigates", "hotline", "tip", "line", "café", "naïve", "Ärzte", "x1", "42",
            "border", "protection", "seized", "goods", "help", "victims", "victim", "ICE", "HSI", "rare", "unique" };

    private final Random random = new Random(14);

    @Test
    void shouldGiveTheIndexBuiltAfreshAfterRandomReplacements() {
        for (int round = 0; round < 200; round++) {
            int size = 1 + random.nextInt(12);
            List<Text> records = new ArrayList<>();
            for (int i = 0; i < size; i++) {
                RecordKind kind = (i < size / 2) ? RecordKind.AGENCY : RecordKind.PROGRAM;
                String name = "Name " + i + " " + word();
                records.add(new Text(new RecordLink(kind, "record-" + i, name, (i % 3 == 0) ? "N" + i : null), name,
                        name + " " + ((i % 3 == 0) ? "N" + i : ""), text(), random.nextBoolean() ? null : text()));
            }
            SearchIndex index = build(records);
            List<SearchIndex.Replacement> replacements = new ArrayList<>();
            List<Text> changed = new ArrayList<>(records);
            for (int i : IntStream.range(0, size).filter(i -> random.nextInt(3) == 0).toArray()) {
                Text old = records.get(i);
                Text now = new Text(old.link(), old.name(), old.names(), random.nextInt(10) == 0 ? old.body() : text(),
                        random.nextBoolean() ? null : text());
                changed.set(i, now);
                replacements.add(new SearchIndex.Replacement(old.link(), old.names(), old.body(), old.extra(),
                        now.body(), now.extra()));
            }
            assertSame(index.replacing(replacements), build(changed), changed);
        }
    }

    @Test
    void shouldRefuseARecordItDoesNotHoldOrWhoseOldTextIsNotItsOwn() {
        RecordLink link = new RecordLink(RecordKind.PROGRAM, "p", "P", null);
        SearchIndex index = SearchIndex.builder().add(link, "P", "P", "Old text", null).build();
        assertThatThrownBy(() -> index
            .replacing(List.of(new SearchIndex.Replacement(new RecordLink(RecordKind.PROGRAM, "q", "Q", null), "Q",
                    "Old text", null, "New", null))))
            .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(
                () -> index.replacing(List.of(new SearchIndex.Replacement(link, "P", "Other text", null, "New", null))))
            .isInstanceOf(IllegalArgumentException.class);
    }

    private static SearchIndex build(List<Text> records) {
        SearchIndex.Builder builder = SearchIndex.builder();
        records.forEach(
                record -> builder.add(record.link(), record.name(), record.names(), record.body(), record.extra()));
        return builder.build();
    }

    private static void assertSame(SearchIndex replaced, SearchIndex fresh, List<Text> records) {
        String[] terms = fresh.dictionary().terms();
        assertThat(replaced.dictionary().terms()).containsExactly(terms);
        for (String term : terms) {
            assertThat(replaced.dictionary().postingsOf(term)).as(term)
                .containsExactly(fresh.dictionary().postingsOf(term));
            assertThat(replaced.dictionary().stemOf(term)).as(term).isEqualTo(fresh.dictionary().stemOf(term));
        }
        assertThat(replaced.spelling().uses()).containsExactlyEntriesOf(fresh.spelling().uses());
        for (int doc = 0; doc < fresh.size(); doc++) {
            assertThat(replaced.entries().entry(doc)).isEqualTo(fresh.entries().entry(doc));
            assertThat(replaced.entries().nameRank(doc)).isEqualTo(fresh.entries().nameRank(doc));
        }
        for (String word : VOCABULARY) {
            List<String> query = List.of(word.toLowerCase(java.util.Locale.ROOT));
            assertThat(replaced.find(query)).as(word).isEqualTo(fresh.find(query));
            assertThat(replaced.positionsMatching(RecordKind.PROGRAM, query))
                .isEqualTo(fresh.positionsMatching(RecordKind.PROGRAM, query));
            assertThat(replaced.isKnownWord(query.get(0))).isEqualTo(fresh.isKnownWord(query.get(0)));
            String misspelt = query.get(0) + "z";
            assertThat(replaced.closestWord(misspelt)).isEqualTo(fresh.closestWord(misspelt));
        }
        assertThat(records).isNotEmpty();
    }

    private String word() {
        return VOCABULARY[random.nextInt(VOCABULARY.length)];
    }

    private String text() {
        int words = random.nextInt(30);
        if (random.nextInt(8) == 0) {
            // More occurrences of one word than a posting counts.
            return Arrays.stream(new String[20]).map(unused -> "trafficking").collect(Collectors.joining(" "));
        }
        return IntStream.range(0, words).mapToObj(unused -> word()).collect(Collectors.joining(" ")) + ".";
    }

    private record Text(RecordLink link, String name, String names, String body, String extra) {
    }

}
