package org.antitrafficking.directory.readmodel.refresh;

import java.sql.SQLException;
import java.time.Duration;

import org.antitrafficking.directory.readmodel.DataVersion;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@link DataVersionWatcher}'s attempts to build the newest data version, and the
 * bookkeeping of those that failed: a version that failed is tried again only when its
 * {@link RebuildFailure} is due, a newer one at once. Used by the watcher's thread alone;
 * the last failure is read by {@link ReadModelHealthIndicator} too.
 */
final class RebuildAttempts {

    /** Logs as the watcher, whose work this is. */
    private static final Logger log = LoggerFactory.getLogger(DataVersionWatcher.class);

    private final RefreshingReadModel readModel;

    private final Duration pollInterval;

    private volatile RebuildFailure rebuildFailure;

    RebuildAttempts(RefreshingReadModel readModel, Duration pollInterval) {
        this.readModel = readModel;
        this.pollInterval = pollInterval;
    }

    /**
     * The last failure to build the newest version, or null if the newest version was
     * built.
     */
    RebuildFailure rebuildFailure() {
        return rebuildFailure;
    }

    /** Makes the last failure, if any, due at once: for when the database is back. */
    void retryNow() {
        RebuildFailure failed = rebuildFailure;
        if (failed != null) {
            rebuildFailure = failed.retryNow();
        }
    }

    /**
     * Rebuilds the read model if the database holds another version than the snapshot,
     * unless that version failed to build and is not due to be tried again. A failure to
     * build is recorded, unless the database has gone: then it is thrown, as the
     * connection's failure.
     */
    void catchUp(DataVersion current, Database database) throws SQLException {
        DataVersion serving = readModel.snapshot().version();
        RebuildFailure failed = rebuildFailure;
        if (current.equals(serving)) {
            rebuildFailure = null;
            return;
        }
        if (failed != null && failed.version().equals(current) && !failed.isDue()) {
            return;
        }
        try {
            readModel.refreshTo(current);
        }
        catch (RuntimeException ex) {
            if (!database.isValid()) {
                throw ex;
            }
            rebuildFailure = RebuildFailure.after(failed, current, ex, pollInterval);
            logFailure(rebuildFailure, failed, serving, ex);
            return;
        }
        if (failed != null) {
            log.info("Data version {} is served, after {} failed attempts to build data version {}",
                    readModel.snapshot().version(), failed.attempts(), failed.version());
        }
        rebuildFailure = null;
    }

    /**
     * Logs the first failure to build a version as a warning, with its stack trace unless
     * the previous version failed the same way; later attempts at the same version only
     * at debug level.
     */
    private void logFailure(RebuildFailure failure, RebuildFailure previous, DataVersion serving, RuntimeException ex) {
        long wait = RebuildFailure.backoff(pollInterval, failure.attempts()).toMillis();
        if (!failure.isFirst()) {
            log.debug("Data version {} still cannot be built ({} attempts): {}", failure.version(), failure.attempts(),
                    failure.error());
        }
        else if (previous != null && previous.error().equals(failure.error())) {
            log.warn(
                    "Data version {} cannot be built either: {}. Pages are served from data version {}; trying "
                            + "again in {} ms, then less and less often",
                    failure.version(), failure.error(), serving, wait);
        }
        else {
            log.warn("Data version {} cannot be built: {}. Pages are served from data version {}; trying again in "
                    + "{} ms, then less and less often", failure.version(), failure.error(), serving, wait, ex);
        }
    }

    /** The connection a version was read from, asked whether it is still valid. */
    @FunctionalInterface
    interface Database {

        /** Whether the database still answers. */
        boolean isValid() throws SQLException;

    }

}
