package org.antitrafficking.directory.readmodel.refresh;

import java.time.Duration;

import org.antitrafficking.directory.readmodel.DataVersion;

/**
 * The last failed attempt to build one data version: why, how many attempts have failed,
 * and from when (as {@link System#nanoTime()}) the version may be tried again. Each
 * failure doubles the wait, from one poll interval up to {@link #MAX_BACKOFF}.
 */
record RebuildFailure(DataVersion version, String error, int attempts, long retryAt) {

    /** The longest wait before a version that failed to build is tried again. */
    static final Duration MAX_BACKOFF = Duration.ofMinutes(1);

    /**
     * The failure to build {@code version} with {@code ex}, after {@code previous} (null
     * if none).
     */
    static RebuildFailure after(RebuildFailure previous, DataVersion version, RuntimeException ex,
            Duration pollInterval) {
        int attempts = (previous != null && previous.version().equals(version)) ? previous.attempts() + 1 : 1;
        return new RebuildFailure(version, ex.toString(), attempts,
                System.nanoTime() + backoff(pollInterval, attempts).toNanos());
    }

    /**
     * How long to wait after the {@code attempts}-th failure to build one version: one
     * poll interval, doubled for each attempt after the first, at most
     * {@link #MAX_BACKOFF}.
     */
    static Duration backoff(Duration pollInterval, int attempts) {
        Duration wait = pollInterval;
        for (int attempt = 1; attempt < attempts && wait.compareTo(MAX_BACKOFF) < 0; attempt++) {
            wait = wait.multipliedBy(2);
        }
        return (wait.compareTo(MAX_BACKOFF) < 0) ? wait : MAX_BACKOFF;
    }

    /** Whether this failure is of the first attempt at its version. */
    boolean isFirst() {
        return attempts == 1;
    }

    /** Whether the version may be tried again now. */
    boolean isDue() {
        return System.nanoTime() - retryAt >= 0;
    }

    /** The same failure, due at once: the database it failed with may have been away. */
    RebuildFailure retryNow() {
        return new RebuildFailure(version, error, attempts, System.nanoTime());
    }
}
