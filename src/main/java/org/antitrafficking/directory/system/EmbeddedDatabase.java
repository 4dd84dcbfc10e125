package org.antitrafficking.directory.system;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A PostgreSQL server run from the binaries on the class path, keeping its data in a directory of
 * our choosing so that it survives restarts.
 *
 * <p>Zonky's own JVM shutdown hook is switched off: the application context closes the connection
 * pool first and then this server, in that order. A JVM killed with {@code -9} never runs either, and
 * leaves a postmaster behind whose {@code postmaster.pid} would block the next start; {@link #start}
 * stops such a leftover when it is provably ours (a live postgres process serving this very data
 * directory).
 */
public final class EmbeddedDatabase implements Closeable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabase.class);

    private static final String SUPERUSER = "postgres";
    private static final Duration STARTUP_WAIT = Duration.ofSeconds(60);
    private static final Duration SHUTDOWN_WAIT = Duration.ofSeconds(30);

    private final EmbeddedPostgres postgres;
    private final Path dataDirectory;
    private final String databaseName;

    private EmbeddedDatabase(EmbeddedPostgres postgres, Path dataDirectory, String databaseName) {
        this.postgres = postgres;
        this.dataDirectory = dataDirectory;
        this.databaseName = databaseName;
    }

    /**
     * Starts a server on a free port over {@code dataDirectory}, creating the cluster on first use
     * and the database {@code databaseName} if it does not exist yet.
     */
    public static EmbeddedDatabase start(Path dataDirectory, String databaseName) {
        return start(dataDirectory, databaseName, 0);
    }

    /**
     * As {@link #start(Path, String)}, on the given port, or a free one if it is 0: a server started
     * again on its old port is found again by the clients it had.
     */
    public static EmbeddedDatabase start(Path dataDirectory, String databaseName, int port) {
        Path directory = dataDirectory.toAbsolutePath().normalize();
        try {
            Files.createDirectories(directory);
            stopLeftoverPostmaster(directory);
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder();
            if (port > 0) {
                builder.setPort(port);
            }
            EmbeddedPostgres postgres = builder
                    .setDataDirectory(directory)
                    .setCleanDataDirectory(false)
                    .setRegisterShutdownHook(false)
                    .setPGStartupWait(STARTUP_WAIT)
                    // The builtin provider sorts by code point: the same order on every machine.
                    .setLocaleConfig("locale-provider", "builtin")
                    .setLocaleConfig("builtin-locale", "C.UTF-8")
                    .setLocaleConfig("locale", "C")
                    .setServerConfig("listen_addresses", "localhost")
                    .start();
            EmbeddedDatabase database = new EmbeddedDatabase(postgres, directory, databaseName);
            database.createDatabaseIfMissing();
            return database;
        }
        catch (IOException ex) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL in " + directory, ex);
        }
    }

    public String jdbcUrl() {
        return "jdbc:postgresql://localhost:" + postgres.getPort() + "/" + databaseName;
    }

    public String username() {
        return SUPERUSER;
    }

    public int port() {
        return postgres.getPort();
    }

    public Path dataDirectory() {
        return dataDirectory;
    }

    /** The process id of the running postmaster, read from its pid file. */
    public Optional<Long> postmasterPid() {
        return readPostmasterPid(dataDirectory).map(PidFile::pid);
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
        postmaster.ifPresent(process -> awaitExit(process, SHUTDOWN_WAIT));
    }

    private static void awaitExit(ProcessHandle process, Duration wait) {
        try {
            process.onExit().get(wait.toMillis(), TimeUnit.MILLISECONDS);
        }
        catch (TimeoutException ex) {
            log.warn("PostgreSQL (pid {}) is still running {} s after it was asked to stop", process.pid(),
                    wait.toSeconds());
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
        }
        catch (ExecutionException ex) {
            throw new IllegalStateException("Could not wait for PostgreSQL to stop", ex);
        }
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

    private static void stopLeftoverPostmaster(Path directory) {
        Optional<PidFile> pidFile = readPostmasterPid(directory);
        if (pidFile.isEmpty()) {
            return;
        }
        PidFile leftover = pidFile.get();
        Optional<ProcessHandle> process = ProcessHandle.of(leftover.pid()).filter(ProcessHandle::isAlive);
        if (process.isEmpty()) {
            // PostgreSQL itself replaces a pid file whose process is gone.
            return;
        }
        boolean isPostgres = process.get().info().command().map(command -> command.endsWith("/postgres")).orElse(false);
        if (!isPostgres || !sameDirectory(leftover.dataDirectory(), directory)) {
            throw new IllegalStateException("Another process (pid " + leftover.pid() + ") holds " + directory
                    + "; stop it or choose another directory.embedded-database.data-directory");
        }
        log.warn("Stopping a PostgreSQL (pid {}) left running on {} by an earlier run that did not shut down",
                leftover.pid(), directory);
        ProcessHandle postmaster = process.get();
        postmaster.destroy();
        awaitExit(postmaster, SHUTDOWN_WAIT);
        if (postmaster.isAlive()) {
            postmaster.destroyForcibly();
            awaitExit(postmaster, SHUTDOWN_WAIT);
        }
    }

    private static boolean sameDirectory(String recorded, Path directory) {
        try {
            return Path.of(recorded).toRealPath().equals(directory.toRealPath());
        }
        catch (IOException ex) {
            return false;
        }
    }

    private static Optional<PidFile> readPostmasterPid(Path directory) {
        Path file = directory.resolve("postmaster.pid");
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            if (lines.size() < 2) {
                return Optional.empty();
            }
            return Optional.of(new PidFile(Long.parseLong(lines.get(0).trim()), lines.get(1).trim()));
        }
        catch (IOException | NumberFormatException ex) {
            return Optional.empty();
        }
    }

    private record PidFile(long pid, String dataDirectory) {
    }
}
