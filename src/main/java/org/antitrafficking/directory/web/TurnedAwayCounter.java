package org.antitrafficking.directory.web;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Counts the requests the {@link RenderAdmissionFilter} turns away, and logs the count at
 * most once every ten seconds, never one by one, so a flood does not also flood the log.
 * The first one turned away is logged at once. The log lines are the admission's own.
 */
final class TurnedAwayCounter {

    private static final Logger log = LoggerFactory.getLogger(RenderAdmissionFilter.class);

    static final long LOG_EVERY_NANOS = TimeUnit.SECONDS.toNanos(10);

    private final LongSupplier nanoTime;

    private final AtomicLong turnedAway = new AtomicLong();

    private final AtomicLong lastLogged;

    TurnedAwayCounter() {
        this(System::nanoTime);
    }

    /**
     * A counter that tells the time by {@code nanoTime}, as {@link System#nanoTime()}.
     */
    TurnedAwayCounter(LongSupplier nanoTime) {
        this.nanoTime = nanoTime;
        this.lastLogged = new AtomicLong(nanoTime.getAsLong() - LOG_EVERY_NANOS);
    }

    /** Counts one more turned away, and logs the count if it is time. */
    void count() {
        long count = turnedAway.incrementAndGet();
        long now = nanoTime.getAsLong();
        long last = lastLogged.get();
        if (now - last >= LOG_EVERY_NANOS && lastLogged.compareAndSet(last, now)) {
            log.warn("503 every render is busy: {} requests turned away since the start", count);
        }
    }

    /** Requests turned away since the start. */
    long turnedAway() {
        return turnedAway.get();
    }

}
