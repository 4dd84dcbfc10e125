package org.antitrafficking.directory.readmodel.refresh;

import java.time.Instant;

import org.antitrafficking.directory.DirectoryProperties;
import org.antitrafficking.directory.readmodel.DataVersion;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Follows the data version from a connection of its own, outside the pool: it listens for
 * the notification every change sends (migration V25) and, as a fallback, asks for the
 * version each {@code poll-interval}. When the version moves, the read model is rebuilt,
 * so a change reaches every instance within a few seconds. When the database goes away,
 * it says so once, keeps the last snapshot serving, and reconnects every
 * {@code retry-interval}; on its return, it catches up at once.
 *
 * <p>
 * A version that cannot be built (a row this version of the application does not
 * understand) is no outage: the last snapshot keeps serving, the failure is logged once
 * with its stack trace, and the version is tried again at the next poll, then after twice
 * as long each time, up to a minute ({@link RebuildFailure}), so a bad row does not cost
 * a full rebuild every poll. A newer version is tried at once. The thread catches
 * everything, so that if it ever stops, it says why and {@link ReadModelHealthIndicator}
 * reports it.
 *
 * <p>
 * This class starts and stops the thread and reports what it knows; the thread's loop is
 * {@link WatchLoop}, on a {@link ListeningConnection}, and the attempts to build, with
 * their failures, are kept by {@link RebuildAttempts}.
 */
@Component
class DataVersionWatcher implements SmartLifecycle {

    static final String CHANNEL = "directory_data_changed";

    private final DirectoryProperties.Refresh properties;

    private final WatchLoop loop;

    private volatile Thread thread;

    @Autowired
    DataVersionWatcher(RefreshingReadModel readModel, JdbcConnectionDetails database, DirectoryProperties properties) {
        this(readModel, database, properties.readModel());
    }

    DataVersionWatcher(RefreshingReadModel readModel, JdbcConnectionDetails database,
            DirectoryProperties.Refresh properties) {
        this.properties = properties;
        this.loop = new WatchLoop(readModel, database, properties);
    }

    @Override
    public void start() {
        loop.begin();
        Thread watcher = new Thread(loop::run, "data-version-watcher");
        watcher.setDaemon(true);
        thread = watcher;
        watcher.start();
    }

    @Override
    public void stop() {
        loop.end();
        Thread watcher = thread;
        if (watcher != null) {
            watcher.interrupt();
            try {
                watcher.join(properties.pollInterval().toMillis() + 1000);
            }
            catch (InterruptedException ex) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean isRunning() {
        return loop.isRunning();
    }

    /** Whether the watcher's own connection to the database is up. */
    boolean isConnected() {
        return loop.isConnected();
    }

    /** When the watcher last heard from the database, or null if it never has. */
    Instant lastContact() {
        return loop.lastContact();
    }

    /**
     * The data version the database held when the watcher last asked, or null if it never
     * has.
     */
    DataVersion newestVersion() {
        return loop.newestVersion();
    }

    /**
     * The last failure to build the newest version, or null if the newest version was
     * built.
     */
    RebuildFailure rebuildFailure() {
        return loop.rebuildFailure();
    }

    /** Whether the watcher's thread has stopped while it should be running. */
    boolean isDead() {
        Thread watcher = thread;
        return loop.death() != null
                || (loop.isRunning() && watcher != null && watcher.getState() == Thread.State.TERMINATED);
    }

    /** What stopped the watcher's thread, or null if nothing has. */
    Throwable death() {
        return loop.death();
    }

}
