package org.antitrafficking.directory.readmodel;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Properties;

import org.postgresql.PGConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Follows the data version from a connection of its own, outside the pool: it listens for the
 * notification every change sends (migration V25) and, as a fallback, asks for the version each
 * {@code poll-interval}. When the version moves, the read model is rebuilt, so a change reaches every
 * instance within a few seconds. When the database goes away, it says so once, keeps the last snapshot
 * serving, and reconnects every {@code retry-interval}; on its return, it catches up at once.
 */
@Component
class DataVersionWatcher implements SmartLifecycle {

    static final String CHANNEL = "directory_data_changed";

    private static final Logger log = LoggerFactory.getLogger(DataVersionWatcher.class);

    private final ReadModel readModel;
    private final JdbcConnectionDetails database;
    private final ReadModelProperties properties;

    private volatile boolean running;
    private volatile Thread thread;
    private volatile Connection connection;
    private volatile boolean connected;
    private volatile Instant lastContact;

    DataVersionWatcher(ReadModel readModel, JdbcConnectionDetails database, ReadModelProperties properties) {
        this.readModel = readModel;
        this.database = database;
        this.properties = properties;
    }

    @Override
    public void start() {
        running = true;
        Thread watcher = new Thread(this::watch, "data-version-watcher");
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

    /** Rebuilds the read model if the database holds another version than the snapshot. */
    private void catchUp(Connection open) throws SQLException {
        DataVersion current;
        try (Statement query = open.createStatement();
                ResultSet row = query.executeQuery("SELECT version, changed_at FROM data_version")) {
            row.next();
            current = new DataVersion(row.getLong(1), row.getObject(2, OffsetDateTime.class).toInstant());
        }
        lastContact = Instant.now();
        readModel.refreshTo(current);
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
