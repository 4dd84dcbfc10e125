package org.antitrafficking.directory.readmodel.refresh;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Properties;

import org.antitrafficking.directory.DirectoryProperties;
import org.antitrafficking.directory.readmodel.DataVersion;
import org.postgresql.PGConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

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
 */
@Component
class DataVersionWatcher implements SmartLifecycle {

    static final String CHANNEL = "directory_data_changed";

    /**
     * How long the watcher's own connection may take to answer whether it is still valid.
     */
    private static final int VALIDATION_SECONDS = 2;

    private static final Logger log = LoggerFactory.getLogger(DataVersionWatcher.class);

    private final RefreshingReadModel readModel;

    private final JdbcConnectionDetails database;

    private final DirectoryProperties.Refresh properties;

    private volatile boolean running;

    private volatile Thread thread;

    private volatile Connection connection;

    private volatile boolean connected;

    private volatile Instant lastContact;

    private volatile DataVersion newestVersion;

    private volatile RebuildFailure rebuildFailure;

    private volatile Throwable death;

    @Autowired
    DataVersionWatcher(RefreshingReadModel readModel, JdbcConnectionDetails database, DirectoryProperties properties) {
        this(readModel, database, properties.readModel());
    }

    DataVersionWatcher(RefreshingReadModel readModel, JdbcConnectionDetails database,
            DirectoryProperties.Refresh properties) {
        this.readModel = readModel;
        this.database = database;
        this.properties = properties;
    }

    @Override
    public void start() {
        running = true;
        Thread watcher = new Thread(this::run, "data-version-watcher");
        watcher.setDaemon(true);
        thread = watcher;
        watcher.start();
    }

    @Override
    public void stop() {
        running = false;
        closeQuietly(connection);
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
        return running;
    }

    /** Whether the watcher's own connection to the database is up. */
    boolean isConnected() {
        return connected;
    }

    /** When the watcher last heard from the database, or null if it never has. */
    Instant lastContact() {
        return lastContact;
    }

    /**
     * The data version the database held when the watcher last asked, or null if it never
     * has.
     */
    DataVersion newestVersion() {
        return newestVersion;
    }

    /**
     * The last failure to build the newest version, or null if the newest version was
     * built.
     */
    RebuildFailure rebuildFailure() {
        return rebuildFailure;
    }

    /** Whether the watcher's thread has stopped while it should be running. */
    boolean isDead() {
        Thread watcher = thread;
        return death != null || (running && watcher != null && watcher.getState() == Thread.State.TERMINATED);
    }

    /** What stopped the watcher's thread, or null if nothing has. */
    Throwable death() {
        return death;
    }

    private void run() {
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
            try (Connection open = connect()) {
                connection = open;
                try (Statement listen = open.createStatement()) {
                    listen.execute("LISTEN " + CHANNEL);
                }
                connected = true;
                if (reportedDown) {
                    log.info("The database is reachable again; following the data version");
                    reportedDown = false;
                    // A rebuild that failed with the database may have failed because of
                    // it.
                    RebuildFailure failed = rebuildFailure;
                    if (failed != null) {
                        rebuildFailure = failed.retryNow();
                    }
                }
                PGConnection notifications = open.unwrap(PGConnection.class);
                while (running) {
                    catchUp(open);
                    notifications.getNotifications((int) properties.pollInterval().toMillis());
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
     * Rebuilds the read model if the database holds another version than the snapshot,
     * unless that version failed to build and is not due to be tried again. A failure to
     * build is recorded, unless the database has gone: then it is thrown, as the
     * connection's failure.
     */
    private void catchUp(Connection open) throws SQLException {
        DataVersion current;
        try (Statement query = open.createStatement();
                ResultSet row = query.executeQuery("SELECT version, changed_at FROM data_version")) {
            row.next();
            current = new DataVersion(row.getLong(1), row.getObject(2, OffsetDateTime.class).toInstant());
        }
        lastContact = Instant.now();
        newestVersion = current;
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
            if (!open.isValid(VALIDATION_SECONDS)) {
                throw ex;
            }
            rebuildFailure = RebuildFailure.after(failed, current, ex, properties.pollInterval());
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
        long wait = RebuildFailure.backoff(properties.pollInterval(), failure.attempts()).toMillis();
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

    private Connection connect() throws SQLException {
        Properties settings = new Properties();
        if (database.getUsername() != null) {
            settings.setProperty("user", database.getUsername());
        }
        if (database.getPassword() != null) {
            settings.setProperty("password", database.getPassword());
        }
        long pollSeconds = Math.max(1, properties.pollInterval().toSeconds());
        settings.setProperty("connectTimeout", "2");
        settings.setProperty("socketTimeout", Long.toString(pollSeconds + 30));
        settings.setProperty("tcpKeepAlive", "true");
        settings.setProperty("ApplicationName", "directory data version watcher");
        return DriverManager.getConnection(database.getJdbcUrl(), settings);
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

    private static void closeQuietly(Connection open) {
        if (open != null) {
            try {
                open.close();
            }
            catch (SQLException ex) {
                // closing to stop; nothing to do
            }
        }
    }

}
