package org.antitrafficking.directory.web;

import java.io.IOException;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.servlet.AsyncContext;
import jakarta.servlet.AsyncEvent;
import jakarta.servlet.AsyncListener;

/**
 * A request suspended in a {@link TurnLine}. It is settled once: by a turn handed to it,
 * by its own timeout, or by an error while it waits; whichever comes first takes it out
 * of the line's count of requests waiting, and the others find it settled and leave it.
 */
final class TurnWaiter implements AsyncListener {

    private final AsyncContext async;

    private final TurnLine.Timeout timeout;

    private final AtomicInteger waiting;

    private final AtomicBoolean settled = new AtomicBoolean();

    private volatile Future<?> expiry;

    /**
     * A waiter for the suspended request; {@code waiting} is the line's count, which it
     * lowers when it is settled.
     */
    TurnWaiter(AsyncContext async, TurnLine.Timeout timeout, AtomicInteger waiting) {
        this.async = async;
        this.timeout = timeout;
        this.waiting = waiting;
    }

    /** The timeout scheduled for it, cancelled if a turn comes first. */
    void expiresWith(Future<?> expiry) {
        this.expiry = expiry;
    }

    boolean settle() {
        if (settled.compareAndSet(false, true)) {
            waiting.decrementAndGet();
            Future<?> pending = expiry;
            if (pending != null) {
                pending.cancel(false);
            }
            return true;
        }
        return false;
    }

    /**
     * Dispatches the request again, holding a turn of {@code line} if not null; false if
     * it is gone.
     */
    boolean dispatch(TurnLine line) {
        try {
            if (line != null) {
                async.getRequest().setAttribute(TurnLine.HOLDS_TURN, line);
            }
            async.dispatch();
            return true;
        }
        catch (IllegalStateException ex) {
            // The client left and the request ended while it waited: the turn goes to
            // the next.
            return false;
        }
    }

    void expire() {
        if (settled.compareAndSet(false, true)) {
            waiting.decrementAndGet();
            try {
                timeout.expired(async);
            }
            catch (IOException | IllegalStateException ex) {
                complete();
            }
        }
    }

    private void complete() {
        try {
            async.complete();
        }
        catch (IllegalStateException ex) {
            // Ended already.
        }
    }

    @Override
    public void onTimeout(AsyncEvent event) {
        expire();
    }

    @Override
    public void onError(AsyncEvent event) {
        if (settle()) {
            complete();
        }
    }

    @Override
    public void onComplete(AsyncEvent event) {
    }

    @Override
    public void onStartAsync(AsyncEvent event) {
    }

}
