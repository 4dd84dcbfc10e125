package org.antitrafficking.directory.readmodel.search;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Three records: 0 has "border" in its names (5 steps); 1 has "border" and "protection"
 * in its description (2 steps each), "protects" in its other text (1 step) and the letter
 * "t" in its names; 2 has "protection" alone (1 step) and "t" and "u" in its names.
 */
class ScorerTest {

    private final ScoringPool pool = new ScoringPool(3);

    private final Scorer scorer = new Scorer(dictionary(), Map.of("t", new int[] { 1, 2 }, "u", new int[] { 2 }), pool);

    @Test
    void shouldTakeTheRecordsMatchingTheFirstWordAsCandidatesAndSumTheWeights() {
        try (Scoring scoring = scorer.score(Query.of(List.of("border", "protection")))) {
            assertThat(candidates(scoring)).containsExactlyInAnyOrder(0, 1);
            assertThat(scoring.matchesAll(0)).isFalse();
            assertThat(scoring.matchesAll(1)).isTrue();
            // "protection" is searched as "protect" too, which begins "protects".
            assertThat(scoring.total[1])
                .isEqualTo(Dictionary.WEIGHT_STEP * 2 + (Dictionary.WEIGHT_STEP * 2 + Dictionary.WEIGHT_STEP * 1));
            assertThat(scoring.allInNames(1)).isFalse();
        }
        try (Scoring scoring = scorer.score(Query.of(List.of("border")))) {
            assertThat(scoring.total[0]).isEqualTo(Dictionary.WEIGHT_STEP * 5);
            assertThat(scoring.allInNames(0)).isTrue();
        }
        assertThat(pool.permits.availablePermits()).isEqualTo(ScoringPool.CONCURRENT_SCORINGS);
    }

    @Test
    void shouldCountAWordOnceThoughItMatchesTwoWordsOfARecord() {
        // "protect" begins "protection" and "protects", which record 1 both uses.
        try (Scoring scoring = scorer.score(Query.of(List.of("protect")))) {
            assertThat(scoring.matchedWords[1]).isEqualTo((byte) 1);
            assertThat(scoring.total[1]).isEqualTo(Dictionary.WEIGHT_STEP * 2 + Dictionary.WEIGHT_STEP * 1);
        }
    }

    @Test
    void shouldFindTheRecordsWhoseNamesHoldEveryLetterOfAQueryOfLettersAlone() {
        try (Scoring scoring = scorer.score(Query.of(List.of("t", "u")))) {
            assertThat(candidates(scoring)).containsExactly(2);
            assertThat(scoring.matchesAll(2)).isTrue();
        }
        try (Scoring scoring = scorer.score(Query.of(List.of("x")))) {
            assertThat(scoring.candidateCount).isZero();
        }
        assertThat(scorer.lettersInNames(Query.of(List.of("t", "border")), 1)).isTrue();
        assertThat(scorer.lettersInNames(Query.of(List.of("t", "u")), 1)).isFalse();
    }

    private static List<Integer> candidates(Scoring scoring) {
        return Arrays.stream(scoring.candidates, 0, scoring.candidateCount).boxed().toList();
    }

    private static Dictionary dictionary() {
        Map<String, IntList> postings = new HashMap<>();
        postings.computeIfAbsent("border", key -> new IntList()).add((0 << 8) | Dictionary.IN_NAMES | 5);
        postings.get("border").add((1 << 8) | 2);
        postings.computeIfAbsent("protection", key -> new IntList()).add((1 << 8) | 2);
        postings.get("protection").add((2 << 8) | 1);
        postings.computeIfAbsent("protects", key -> new IntList()).add((1 << 8) | 1);
        Map<String, String> stems = new HashMap<>();
        postings.keySet().forEach(word -> stems.put(word, EnglishWords.stem(word)));
        return Dictionary.of(postings, stems);
    }

}
