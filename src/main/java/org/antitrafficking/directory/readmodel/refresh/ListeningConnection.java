package org.antitrafficking.directory.readmodel.refresh;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Properties;

import org.antitrafficking.directory.DirectoryProperties;
import org.antitrafficking.directory.readmodel.DataVersion;
import org.postgresql.PGConnection;

import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;

/**
 * The {@link DataVersionWatcher}'s own connection to the database, outside the pool: it
 * listens on {@link DataVersionWatcher#CHANNEL}, waits for the notifications every change
 * sends, and reads the data version. Its timeouts are short, so that a database that has
 * gone away is noticed within a poll interval or two.
 */
final class ListeningConnection implements AutoCloseable {

    /**
     * How long the watcher's own connection may take to answer whether it is still valid.
     */
    private static final int VALIDATION_SECONDS = 2;

    private final Connection connection;

    private ListeningConnection(Connection connection) {
        this.connection = connection;
    }

    /** Opens a connection to {@code database}, not yet listening. */
    static ListeningConnection open(JdbcConnectionDetails database, DirectoryProperties.Refresh properties)
            throws SQLException {
        return new ListeningConnection(
                DriverManager.getConnection(database.getJdbcUrl(), settings(database, properties)));
    }

    /**
     * The driver's settings: the credentials, and timeouts a little longer than a wait
     * for notifications.
     */
    static Properties settings(JdbcConnectionDetails database, DirectoryProperties.Refresh properties) {
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
        return settings;
    }

    /** Asks the database to notify this connection of every change to the data. */
    void listen() throws SQLException {
        try (Statement listen = connection.createStatement()) {
            listen.execute("LISTEN " + DataVersionWatcher.CHANNEL);
        }
    }

    /** The data version the database holds now. */
    DataVersion dataVersion() throws SQLException {
        try (Statement query = connection.createStatement();
                ResultSet row = query.executeQuery("SELECT version, changed_at FROM data_version")) {
            row.next();
            return new DataVersion(row.getLong(1), row.getObject(2, OffsetDateTime.class).toInstant());
        }
    }

    /**
     * Returns when a notification arrives, or after {@code wait} at the latest; the
     * notifications themselves are of no interest, only that they came.
     */
    void awaitNotifications(Duration wait) throws SQLException {
        connection.unwrap(PGConnection.class).getNotifications((int) wait.toMillis());
    }

    /** Whether the database still answers on this connection. */
    boolean isValid() throws SQLException {
        return connection.isValid(VALIDATION_SECONDS);
    }

    @Override
    public void close() throws SQLException {
        connection.close();
    }

    /**
     * Closes {@code open}, if there is one, to stop; a failure to close is of no
     * interest.
     */
    static void closeQuietly(ListeningConnection open) {
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
