package org.antitrafficking.directory.readmodel.search;

import java.time.Duration;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import org.antitrafficking.directory.readmodel.SearchBusyException;

/**
 * The work arrays of one index's searches, kept to be lent again, and the permits that
 * bound how many searches score at once.
 */
final class ScoringPool {

    /**
     * A search is all CPU, so a few at a time per core is as fast as any more. Their work
     * arrays, three bytes and four 4-byte numbers per record (about 6 MB at 300,000
     * records), are made at most that many times and kept: a search beyond them waits, at
     * most {@link #MAX_WAIT}, for one to finish rather than allocating arrays that size,
     * which under load churned the heap and put pauses into the slowest responses.
     */
    static final int CONCURRENT_SCORINGS = Math.max(2, 2 * Runtime.getRuntime().availableProcessors());

    /**
     * How long a search waits for another to finish before it gives up with
     * {@link SearchBusyException}: a search at 100,000 programs takes a few milliseconds,
     * so a wait this long means a flood.
     */
    static final Duration MAX_WAIT = Duration.ofMillis(250);

    /** One permit for each scoring that may run at once. */
    final Semaphore permits = new Semaphore(CONCURRENT_SCORINGS);

    private final ConcurrentLinkedQueue<Scoring> scorings = new ConcurrentLinkedQueue<>();

    /** How many records the index holds: the length of every work array. */
    private final int size;

    ScoringPool(int size) {
        this.size = size;
    }

    /**
     * Work arrays for one search, made the first time they are needed, once a permit is
     * free.
     * @throws SearchBusyException when no permit is given back within {@link #MAX_WAIT},
     * or the thread is interrupted while it waits
     */
    Scoring borrow() {
        try {
            if (!permits.tryAcquire(MAX_WAIT.toNanos(), TimeUnit.NANOSECONDS)) {
                throw new SearchBusyException();
            }
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new SearchBusyException();
        }
        Scoring scoring = scorings.poll();
        if (scoring == null) {
            scoring = new Scoring(size, this);
        }
        return scoring;
    }

    /** Takes back cleared work arrays and their permit. */
    void giveBack(Scoring scoring) {
        scorings.offer(scoring);
        permits.release();
    }

}
