package org.antitrafficking.directory.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.antitrafficking.directory.system.EmbeddedDatabase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

import org.springframework.util.FileSystemUtils;

/**
 * The one PostgreSQL the whole test run shares: a Testcontainers PostgreSQL where Docker
 * runs, the embedded PostgreSQL otherwise. Started on first use, stopped when the JVM
 * exits.
 */
public final class TestDatabase {

    private static final Logger log = LoggerFactory.getLogger(TestDatabase.class);

    private static final String IMAGE = "postgres:18-alpine";

    private static final String DATABASE = "directory_test";

    private static Connection connection;

    /** How to reach the test database. */
    public record Connection(String jdbcUrl, String username, String password, String description) {
    }

    private TestDatabase() {
    }

    public static synchronized Connection get() {
        if (connection == null) {
            connection = DockerClientFactory.instance().isDockerAvailable() ? startContainer() : startEmbedded();
            log.info("Tests run against {} at {}", connection.description(), connection.jdbcUrl());
        }
        return connection;
    }

    /**
     * A new, empty database beside the shared one, for tests that start instances of the
     * application on a database of their own. Dropped with {@link #drop(Connection)}.
     */
    public static synchronized Connection createDatabase(String name) {
        Connection shared = get();
        execute(shared, "CREATE DATABASE " + name);
        String url = shared.jdbcUrl().replaceFirst("/" + DATABASE + "(?=\\?|$)", "/" + name);
        return new Connection(url, shared.username(), shared.password(), shared.description() + ", database " + name);
    }

    /**
     * Drops a database made by {@link #createDatabase(String)}, closing whatever still
     * uses it.
     */
    public static synchronized void drop(Connection database) {
        String name = database.jdbcUrl().replaceFirst("^.*/([^/?]+)(\\?.*)?$", "$1");
        execute(get(), "DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
    }

    private static void execute(Connection database, String sql) {
        try (java.sql.Connection connection = java.sql.DriverManager.getConnection(database.jdbcUrl(),
                database.username(), database.password());
                java.sql.Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
        catch (java.sql.SQLException ex) {
            throw new IllegalStateException("Could not run " + sql, ex);
        }
    }

    private static Connection startContainer() {
        PostgreSQLContainer container = new PostgreSQLContainer(IMAGE).withDatabaseName(DATABASE)
            .withEnv("POSTGRES_INITDB_ARGS", "--locale-provider=builtin --builtin-locale=C.UTF-8 --locale=C");
        container.start();
        // Testcontainers' Ryuk removes the container when the JVM exits.
        return new Connection(container.getJdbcUrl(), container.getUsername(), container.getPassword(),
                "a Testcontainers " + IMAGE);
    }

    private static Connection startEmbedded() {
        log.warn("Docker is not available here, so the tests use an embedded PostgreSQL instead of a container");
        Path directory;
        try {
            directory = Files.createTempDirectory("directory-test-postgres");
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        EmbeddedDatabase database = EmbeddedDatabase.start(directory, DATABASE);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            database.close();
            FileSystemUtils.deleteRecursively(directory.toFile());
        }, "test-database-shutdown"));
        return new Connection(database.jdbcUrl(), database.username(), database.password(), "the embedded PostgreSQL");
    }

}
