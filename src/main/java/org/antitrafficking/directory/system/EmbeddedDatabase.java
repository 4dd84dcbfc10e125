package org.antitrafficking.directory.system;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

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
 */
public final class EmbeddedDatabase implements Closeable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabase.class);

    private static final String SUPERUSER = "postgres";

    /** The superuser's password, in the data directory, mode 0600. */
    static final String PASSWORD_FILE = "directory-password";

    /** Password authentication for every connection: the only rules the cluster has. */
    private static final String HOST_BASED_AUTHENTICATION = """
            # Written by the directory's EmbeddedDatabase: every connection gives the superuser's password,
            # which is in directory-password beside this file.
            local   all   all                 scram-sha-256
            host    all   all   127.0.0.1/32  scram-sha-256
            host    all   all   ::1/128       scram-sha-256
            """;

    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

    private static final Duration STARTUP_WAIT = Duration.ofSeconds(60);

    private static final Duration SHUTDOWN_WAIT = Duration.ofSeconds(30);

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
        Path passwordFile = directory.resolve(PASSWORD_FILE);
        Path initialPassword = null;
        try {
            Files.createDirectories(directory);
            stopLeftoverPostmaster(directory);
            boolean created = !Files.exists(directory.resolve("postgresql.conf"));
            boolean protectedAlready = Files.exists(passwordFile);
            String password = protectedAlready ? Files.readString(passwordFile, StandardCharsets.UTF_8).strip()
                    : generated();
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder();
            if (port > 0) {
                builder.setPort(port);
            }
            if (created) {
                // Zonky passes its "locale" settings to initdb as --name=value; a new
                // cluster gets its
                // superuser's password from this file, which is deleted as soon as the
                // server is up.
                initialPassword = Files.createTempFile("directory-initdb", ".pw",
                        PosixFilePermissions.asFileAttribute(OWNER_ONLY));
                Files.writeString(initialPassword, password, StandardCharsets.UTF_8);
                builder.setLocaleConfig("pwfile", initialPassword.toString());
            }
            boolean protectAtOnce = created || protectedAlready;
            EmbeddedPostgres postgres = builder.setDataDirectory(directory)
                .setCleanDataDirectory(false)
                .setRegisterShutdownHook(false)
                .setPGStartupWait(STARTUP_WAIT)
                // The builtin provider sorts by code point: the same order on every
                // machine.
                .setLocaleConfig("locale-provider", "builtin")
                .setLocaleConfig("builtin-locale", "C.UTF-8")
                .setLocaleConfig("locale", "C")
                .setServerConfig("listen_addresses", "localhost")
                // Zonky's own connections, to see the server is up, give the password
                // too.
                .setConnectConfig("password", password)
                .setDataDirectoryCustomizer(data -> {
                    if (protectAtOnce) {
                        protect(data.toPath(), password);
                    }
                })
                .start();
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
            if (initialPassword != null) {
                try {
                    Files.deleteIfExists(initialPassword);
                }
                catch (IOException ex) {
                    log.warn("Could not delete {}: {}", initialPassword, ex.getMessage());
                }
            }
        }
    }

    /**
     * A new password: 32 random bytes, as URL-safe base 64 (no character that needs
     * quoting).
     */
    private static String generated() {
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /**
     * Keeps the password in the data directory for its owner alone, and asks every
     * connection for it.
     */
    private static void protect(Path directory, String password) {
        try {
            Path passwordFile = directory.resolve(PASSWORD_FILE);
            if (!Files.exists(passwordFile)) {
                Files.createFile(passwordFile, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
            }
            Files.setPosixFilePermissions(passwordFile, OWNER_ONLY);
            Files.writeString(passwordFile, password + "\n", StandardCharsets.UTF_8);
            Files.writeString(directory.resolve("pg_hba.conf"), HOST_BASED_AUTHENTICATION, StandardCharsets.UTF_8);
        }
        catch (IOException ex) {
            throw new UncheckedIOException("Could not protect the embedded PostgreSQL in " + directory, ex);
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
            protect(dataDirectory, password);
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
