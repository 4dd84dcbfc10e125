package org.antitrafficking.directory.readmodel;

/**
 * Every search's work arrays were in use for longer than a search waits for one: the
 * visitor is told to try again in a moment (503), rather than the server parking a thread
 * per waiting search until the threads that serve kept pages run out.
 */
public class SearchBusyException extends RuntimeException {

    public SearchBusyException() {
        super("Every search is busy");
    }

}
