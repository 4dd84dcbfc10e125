package org.antitrafficking.directory.web;

import java.io.IOException;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.servlet.AsyncContext;
import jakarta.servlet.ServletRequest;

/**
 * A number of turns and a line of requests waiting for one. A request in line is
 * suspended (a servlet async request) and holds no thread; when a turn ends it goes to
 * the first request in line, which is dispatched again with {@link #HOLDS_TURN} set, or
 * back to the pool if the line is empty. A request that has waited its longest is settled
 * by its own timeout instead: each is settled once, by a turn or by the timeout. The
 * timeouts are this line's, not the container's, whose expiry could begin while a turn is
 * being handed over and lose the turn.
 */
final class TurnLine {

    /**
     * Set on a request dispatched again holding a turn of this line; the value is the
     * line.
     */
    static final String HOLDS_TURN = TurnLine.class.getName() + ".HOLDS_TURN";

    /**
     * What a request that waited its longest gets: a page that says so, or served all the
     * same.
     */
    interface Timeout {

        void expired(AsyncContext async) throws IOException;

    }

    private final Semaphore turns;

    private final int maxWaiting;

    private final long maxWaitMillis;

    private final ScheduledExecutorService clock;

    private final Queue<TurnWaiter> line = new ConcurrentLinkedQueue<>();

    private final AtomicInteger waiting = new AtomicInteger();

    TurnLine(int turns, int maxWaiting, long maxWaitMillis, ScheduledExecutorService clock) {
        this.turns = new Semaphore(turns);
        this.maxWaiting = (maxWaitMillis > 0) ? maxWaiting : 0;
        this.maxWaitMillis = maxWaitMillis;
        this.clock = clock;
    }

    /**
     * A clock for the lines' timeouts: one daemon thread of that name, and a cancelled
     * timeout leaves its queue at once.
     */
    static ScheduledThreadPoolExecutor clock(String threadName) {
        ScheduledThreadPoolExecutor clock = new ScheduledThreadPoolExecutor(1, runnable -> {
            Thread thread = new Thread(runnable, threadName);
            thread.setDaemon(true);
            return thread;
        });
        clock.setRemoveOnCancelPolicy(true);
        return clock;
    }

    boolean tryTake() {
        return turns.tryAcquire();
    }

    /**
     * Suspends the request in line, unless the line is full or the request cannot be
     * suspended.
     */
    boolean join(ServletRequest request, Timeout timeout) {
        if (waiting.incrementAndGet() > maxWaiting || !request.isAsyncSupported()) {
            waiting.decrementAndGet();
            return false;
        }
        AsyncContext async = request.startAsync();
        async.setTimeout(0);
        TurnWaiter waiter = new TurnWaiter(async, timeout, waiting);
        async.addListener(waiter);
        waiter.expiresWith(clock.schedule(waiter::expire, maxWaitMillis, TimeUnit.MILLISECONDS));
        line.add(waiter);
        // A turn may have ended between the caller's try and joining the line, with
        // nobody to hand to.
        if (turns.tryAcquire()) {
            handOver();
        }
        return true;
    }

    /**
     * Gives the turn just ended to the first request still in line, or back if there is
     * none.
     */
    void handOver() {
        while (true) {
            TurnWaiter next = line.poll();
            if (next == null) {
                turns.release();
                // Someone may have joined after the poll and missed the turn just
                // released.
                if (line.isEmpty() || !turns.tryAcquire()) {
                    return;
                }
                continue;
            }
            if (next.settle() && next.dispatch(this)) {
                return;
            }
        }
    }

    /** Dispatches everyone in line at once, without a turn. */
    void letEveryoneThrough() {
        TurnWaiter next;
        while ((next = line.poll()) != null) {
            if (next.settle()) {
                next.dispatch(null);
            }
        }
    }

    /** Requests in line now. */
    int waiting() {
        return waiting.get();
    }

}
