package org.antitrafficking.directory.readmodel.search;

import org.antitrafficking.directory.readmodel.SearchBusyException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ScoringPoolTest {

    private final ScoringPool pool = new ScoringPool(8);

    @Test
    void shouldLendArraysAsLongAsTheIndexAndTakeThePermitBackOnClose() {
        assertThat(pool.permits.availablePermits()).isEqualTo(ScoringPool.CONCURRENT_SCORINGS);
        Scoring first = pool.borrow();
        assertThat(first.total).hasSize(8);
        assertThat(first.candidates).hasSize(8);
        assertThat(pool.permits.availablePermits()).isEqualTo(ScoringPool.CONCURRENT_SCORINGS - 1);
        first.close();
        assertThat(pool.permits.availablePermits()).isEqualTo(ScoringPool.CONCURRENT_SCORINGS);
        try (Scoring again = pool.borrow()) {
            assertThat(again).as("the arrays are kept and lent again").isSameAs(first);
        }
    }

    @Test
    void shouldClearTheCandidatesEntriesOnClose() {
        Scoring scoring = pool.borrow();
        scoring.candidates[0] = 5;
        scoring.candidateCount = 1;
        scoring.total[5] = 1.4f;
        scoring.matchedWords[5] = 2;
        scoring.namedWords[5] = 1;
        scoring.close();
        assertThat(scoring.candidateCount).isZero();
        assertThat(scoring.total[5]).isZero();
        assertThat(scoring.matchedWords[5]).isZero();
        assertThat(scoring.namedWords[5]).isZero();
    }

    @Test
    void shouldGiveUpWithSearchBusyAfterTheLongestWaitWhenEveryPermitIsHeld() {
        int held = pool.permits.drainPermits();
        try {
            long start = System.nanoTime();
            assertThatThrownBy(pool::borrow).isInstanceOf(SearchBusyException.class);
            assertThat(System.nanoTime() - start).as("it waited")
                .isGreaterThanOrEqualTo(ScoringPool.MAX_WAIT.toNanos());
        }
        finally {
            pool.permits.release(held);
        }
        try (Scoring scoring = pool.borrow()) {
            assertThat(scoring).isNotNull();
        }
    }

    @Test
    void shouldGiveUpWithSearchBusyAndKeepTheInterruptWhenInterrupted() {
        Thread.currentThread().interrupt();
        assertThatThrownBy(pool::borrow).isInstanceOf(SearchBusyException.class);
        assertThat(Thread.interrupted()).as("the thread is still interrupted").isTrue();
        assertThat(pool.permits.availablePermits()).isEqualTo(ScoringPool.CONCURRENT_SCORINGS);
    }

}
