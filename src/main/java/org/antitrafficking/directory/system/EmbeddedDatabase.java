package org.antitrafficking.directory.system;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A PostgreSQL server run from the binaries on the class path, keeping its data in a
 * directory of our choosing so that it survives restarts.
 *
 * <p>
 * Zonky's own JVM shutdown hook is switched off: the application context closes the
 * connection pool first and then this server, in that order. A JVM killed with {@code -9}
 * never runs either, and leaves a postmaster behind whose {@code postmaster.pid} would
 * block the next start; {@link #start} stops such a leftover when it is provably ours (a
 * live postgres process serving this very data directory).
 *
 * <p>
 * Zonky's clusters trust every local connection as superuser. This one does not: every
 * connection, over TCP or the Unix socket, needs the superuser's password, which is
 * generated at random when the cluster is created (or when one made by an older version
 * is first started) and kept in {@value #PASSWORD_FILE} in the data directory, readable
 * by its owner only. A cluster is created with it from the start, so no moment passes in
 * which it trusts anyone.
 *
 * <p>
 * The password file is a {@link PasswordFile}, the server is configured and started by
 * {@link EmbeddedCluster}, and its process is watched by {@link Postmaster}; this class
 * puts them together and says how to reach the database.
 */
public final class EmbeddedDatabase implements Closeable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabase.class);

    private static final String SUPERUSER = "postgres";

    /** The superuser's password, in the data directory, mode 0600. */
    static final String PASSWORD_FILE = PasswordFile.NAME;

    private final EmbeddedPostgres postgres;

    private final Path dataDirectory;

    private final String databaseName;

    private final String password;

    private EmbeddedDatabase(EmbeddedPostgres postgres, Path dataDirectory, String databaseName, String password) {
        this.postgres = postgres;
        this.dataDirectory = dataDirectory;
        this.databaseName = databaseName;
        this.password = password;
    }

    /**
     * Starts a server on a free port over {@code dataDirectory}, creating the cluster on
     * first use and the database {@code databaseName} if it does not exist yet.
     */
    public static EmbeddedDatabase start(Path dataDirectory, String databaseName) {
        return start(dataDirectory, databaseName, 0);
    }

    /**
     * As {@link #start(Path, String)}, on the given port, or a free one if it is 0: a
     * server started again on its old port is found again by the clients it had.
     */
    public static EmbeddedDatabase start(Path dataDirectory, String databaseName, int port) {
        Path directory = dataDirectory.toAbsolutePath().normalize();
        PasswordFile passwordFile = PasswordFile.in(directory);
        Path initialPassword = null;
        try {
            Files.createDirectories(directory);
            Postmaster.stopLeftover(directory);
            boolean created = !Files.exists(directory.resolve("postgresql.conf"));
            boolean protectedAlready = passwordFile.exists();
            String password = protectedAlready ? passwordFile.read() : PasswordFile.generated();
            if (created) {
                initialPassword = PasswordFile.forInitdb(password);
            }
            boolean protectAtOnce = created || protectedAlready;
            EmbeddedPostgres postgres = EmbeddedCluster.start(directory, port, password, initialPassword,
                    protectAtOnce);
            EmbeddedDatabase database = new EmbeddedDatabase(postgres, directory, databaseName, password);
            if (!protectAtOnce) {
                database.protectOlderCluster();
            }
            database.createDatabaseIfMissing();
            return database;
        }
        catch (IOException ex) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL in " + directory, ex);
        }
        finally {
            EmbeddedCluster.deleteInitialPassword(initialPassword);
        }
    }

    /**
     * A cluster an older version made trusts everyone: it is given a password now, while
     * it still lets the superuser in without one, and then asks for it.
     */
    private void protectOlderCluster() {
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute("ALTER ROLE " + SUPERUSER + " PASSWORD '" + password + "'");
            EmbeddedCluster.protect(dataDirectory, password);
            statement.execute("SELECT pg_reload_conf()");
            log.info("The embedded PostgreSQL in {} now asks every connection for a password (kept in {})",
                    dataDirectory, dataDirectory.resolve(PASSWORD_FILE));
        }
        catch (SQLException ex) {
            close();
            throw new IllegalStateException("Could not give the embedded PostgreSQL a password", ex);
        }
    }

    public String jdbcUrl() {
        return "jdbc:postgresql://localhost:" + postgres.getPort() + "/" + databaseName;
    }

    public String username() {
        return SUPERUSER;
    }

    /** The superuser's password, as {@value #PASSWORD_FILE} keeps it. */
    public String password() {
        return password;
    }

    public int port() {
        return postgres.getPort();
    }

    public Path dataDirectory() {
        return dataDirectory;
    }

    /** The process id of the running postmaster, read from its pid file. */
    public Optional<Long> postmasterPid() {
        return Postmaster.pid(dataDirectory);
    }

    /** Stops the server and returns once its postmaster process has gone. */
    @Override
    public void close() {
        Optional<ProcessHandle> postmaster = postmasterPid().flatMap(ProcessHandle::of);
        try {
            postgres.close();
        }
        catch (IOException ex) {
            throw new UncheckedIOException("Could not stop the embedded PostgreSQL", ex);
        }
        postmaster.ifPresent(process -> Postmaster.awaitExit(process, Postmaster.SHUTDOWN_WAIT));
    }

    private void createDatabaseIfMissing() {
        try (Connection connection = postgres.getPostgresDatabase().getConnection()) {
            boolean exists;
            try (PreparedStatement query = connection.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
                query.setString(1, databaseName);
                try (ResultSet rows = query.executeQuery()) {
                    exists = rows.next();
                }
            }
            if (!exists) {
                try (Statement create = connection.createStatement()) {
                    create.execute("CREATE DATABASE \"" + databaseName.replace("\"", "\"\"") + "\"");
                }
                log.info("Created database '{}' in the embedded PostgreSQL", databaseName);
            }
        }
        catch (SQLException ex) {
            close();
            throw new IllegalStateException("Could not prepare database '" + databaseName + "'", ex);
        }
    }

}
