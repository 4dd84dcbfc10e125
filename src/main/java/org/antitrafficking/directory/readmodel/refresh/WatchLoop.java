package org.antitrafficking.directory.readmodel.refresh;

import java.sql.SQLException;
import java.time.Instant;

import org.antitrafficking.directory.DirectoryProperties;
import org.antitrafficking.directory.readmodel.DataVersion;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;

/**
 * What the {@link DataVersionWatcher}'s thread does: connect and listen, catch up at once
 * and then at every notification or poll, and, when the connection fails, say so once,
 * wait a retry interval and connect again, until it is stopped. What it learns on the way
 * is kept here for the watcher to report.
 */
final class WatchLoop {

    /** Logs as the watcher, whose work this is. */
    private static final Logger log = LoggerFactory.getLogger(DataVersionWatcher.class);

    private final RefreshingReadModel readModel;

    private final JdbcConnectionDetails database;

    private final DirectoryProperties.Refresh properties;

    private final RebuildAttempts rebuilds;

    private volatile boolean running;

    private volatile ListeningConnection connection;

    private volatile boolean connected;

    private volatile Instant lastContact;

    private volatile DataVersion newestVersion;

    private volatile Throwable death;

    WatchLoop(RefreshingReadModel readModel, JdbcConnectionDetails database, DirectoryProperties.Refresh properties) {
        this.readModel = readModel;
        this.database = database;
        this.properties = properties;
        this.rebuilds = new RebuildAttempts(readModel, properties.pollInterval());
    }

    /** Lets {@link #run} loop; called before its thread starts. */
    void begin() {
        running = true;
    }

    /**
     * Asks {@link #run} to end, and closes its connection so that it need not wait for a
     * notification first.
     */
    void end() {
        running = false;
        ListeningConnection.closeQuietly(connection);
    }

    boolean isRunning() {
        return running;
    }

    boolean isConnected() {
        return connected;
    }

    Instant lastContact() {
        return lastContact;
    }

    DataVersion newestVersion() {
        return newestVersion;
    }

    RebuildFailure rebuildFailure() {
        return rebuilds.rebuildFailure();
    }

    Throwable death() {
        return death;
    }

    /** The thread's body: catches everything, and says what stopped it. */
    void run() {
        try {
            watch();
        }
        catch (Throwable ex) {
            death = ex;
            connected = false;
            log.error("The data version watcher stopped: pages are served from data version {} and no longer "
                    + "follow the database until a restart", readModel.snapshot().version(), ex);
        }
    }

    private void watch() {
        boolean reportedDown = false;
        while (running) {
            try (ListeningConnection open = ListeningConnection.open(database, properties)) {
                connection = open;
                open.listen();
                connected = true;
                if (reportedDown) {
                    log.info("The database is reachable again; following the data version");
                    reportedDown = false;
                    // A rebuild that failed with the database may have failed because of
                    // it.
                    rebuilds.retryNow();
                }
                while (running) {
                    catchUp(open);
                    open.awaitNotifications(properties.pollInterval());
                }
            }
            catch (SQLException | RuntimeException ex) {
                connected = false;
                if (running && !reportedDown) {
                    log.warn("Cannot follow the data version: {}. Pages are served from data version {} until "
                            + "the database answers again", ex.getMessage(), readModel.snapshot().version());
                    reportedDown = true;
                }
                pause();
            }
            finally {
                connection = null;
            }
        }
        connected = false;
    }

    /**
     * Reads the version the database holds, and has the read model rebuilt to it if it is
     * due ({@link RebuildAttempts#catchUp}).
     */
    private void catchUp(ListeningConnection open) throws SQLException {
        DataVersion current = open.dataVersion();
        lastContact = Instant.now();
        newestVersion = current;
        rebuilds.catchUp(current, open::isValid);
    }

    private void pause() {
        try {
            Thread.sleep(properties.retryInterval().toMillis());
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }

}
