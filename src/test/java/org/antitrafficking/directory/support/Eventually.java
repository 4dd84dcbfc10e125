package org.antitrafficking.directory.support;

import java.time.Duration;
import java.util.function.BooleanSupplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Waits for something that happens in the background, such as a data change reaching the
 * pages.
 */
public final class Eventually {

    private Eventually() {
    }

    /**
     * Polls every 50 ms until {@code condition} holds; fails after {@code limit}. Returns
     * how long it took.
     */
    public static Duration waitUntil(BooleanSupplier condition, Duration limit) throws InterruptedException {
        long start = System.nanoTime();
        while (!condition.getAsBoolean()) {
            assertThat(Duration.ofNanos(System.nanoTime() - start)).as("waited up to %s", limit).isLessThan(limit);
            Thread.sleep(50);
        }
        return Duration.ofNanos(System.nanoTime() - start);
    }

}
