package org.antitrafficking.directory.readmodel.load;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;

/**
 * Work a rebuild does on a second thread while it goes on with the rest: reading on a
 * second connection, building the search index while the pages are built. Each task has a
 * thread of its own, since a rebuild is rare and a pool would only sit idle; at a hundred
 * thousand programs each half takes seconds, so both cores work.
 */
final class Aside<T> {

    private final CompletableFuture<T> result = new CompletableFuture<>();

    private Aside() {
    }

    /** Starts the work on a daemon thread of this name. */
    static <T> Aside<T> start(String name, Supplier<T> work) {
        Aside<T> aside = new Aside<>();
        Thread thread = new Thread(() -> {
            try {
                aside.result.complete(work.get());
            }
            catch (Throwable ex) {
                aside.result.completeExceptionally(ex);
            }
        }, name);
        thread.setDaemon(true);
        thread.start();
        return aside;
    }

    /** Waits for the work's result; its failure is thrown as it was thrown there. */
    T join() {
        try {
            return result.join();
        }
        catch (CompletionException ex) {
            if (ex.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            if (ex.getCause() instanceof Error cause) {
                throw cause;
            }
            throw ex;
        }
    }

}
