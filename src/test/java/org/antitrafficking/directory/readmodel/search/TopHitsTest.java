package org.antitrafficking.directory.readmodel.search;

import java.util.Arrays;
import java.util.Random;
import java.util.stream.LongStream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TopHitsTest {

    @Test
    void shouldKeepTheBestInOrderWhateverOrderTheyComeIn() {
        TopHits best = new TopHits(3);
        for (int score : new int[] { 4, 9, 1, 7, 10, 2, 8, 3 }) {
            best.offer(TopHits.key(0, score, score));
        }
        assertThat(Arrays.stream(best.ranked()).mapToDouble(TopHits::score).toArray()).containsExactly(10, 9, 8);
    }

    @Test
    void shouldKeepAllWhenFewerComeThanFit() {
        TopHits best = new TopHits(100);
        best.offer(TopHits.key(0, 1.5f, 0));
        best.offer(TopHits.key(0, 2.5f, 1));
        assertThat(Arrays.stream(best.ranked()).mapToInt(TopHits::nameRank).toArray()).containsExactly(1, 0);
        assertThat(new TopHits(100).ranked()).isEmpty();
    }

    @Test
    void shouldOrderByTierThenScoreThenNameOrder() {
        TopHits best = new TopHits(4);
        best.offer(TopHits.key(0, 500f, 0));
        best.offer(TopHits.key(1, 0.2f, 7));
        best.offer(TopHits.key(0, 1f, 5));
        best.offer(TopHits.key(0, 1f, 2));
        best.offer(TopHits.key(0, 0f, 1));
        long[] ranked = best.ranked();
        assertThat(Arrays.stream(ranked).map(TopHits::tier).toArray()).containsExactly(1, 0, 0, 0);
        assertThat(Arrays.stream(ranked).mapToInt(TopHits::nameRank).toArray()).as("earlier in name order first")
            .containsExactly(7, 0, 2, 5);
    }

    @Test
    void shouldGiveBackTheTierScoreAndNameRankOfAKey() {
        long key = TopHits.key(2, 3.4f, 123_456);
        assertThat(TopHits.tier(key)).isEqualTo(2);
        assertThat(TopHits.score(key)).isEqualTo(3.4f);
        assertThat(TopHits.nameRank(key)).isEqualTo(123_456);
        assertThat(TopHits.nameRank(TopHits.key(0, 0f, (int) TopHits.NAME_RANK_MASK)))
            .isEqualTo(TopHits.NAME_RANK_MASK);
    }

    @Test
    void shouldKeepTheSameHitsAsSortingThemAll() {
        Random random = new Random(13);
        long[] keys = LongStream.range(0, 5000)
            .map(rank -> TopHits.key(random.nextInt(3), random.nextInt(50) * 0.2f, (int) rank))
            .toArray();
        TopHits best = new TopHits(100);
        for (long key : keys) {
            best.offer(key);
        }
        long[] sorted = keys.clone();
        Arrays.sort(sorted);
        long[] expected = new long[100];
        for (int i = 0; i < 100; i++) {
            expected[i] = sorted[sorted.length - 1 - i];
        }
        assertThat(best.ranked()).containsExactly(expected);
    }

}
