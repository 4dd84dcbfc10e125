package org.antitrafficking.directory.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * How an {@link EmbeddedDatabase}'s cluster is started with Zonky: over a data directory
 * that is kept, without Zonky's shutdown hook, sorting the same on every machine, and,
 * unless it is a cluster an older version made, asking every connection for the password
 * from the moment it exists.
 */
final class EmbeddedCluster {

    /** Logs as the embedded database, whose work this is. */
    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabase.class);

    /** Password authentication for every connection: the only rules the cluster has. */
    private static final String HOST_BASED_AUTHENTICATION = """
            # Written by the directory's EmbeddedDatabase: every connection gives the superuser's password,
            # which is in directory-password beside this file.
            local   all   all                 scram-sha-256
            host    all   all   127.0.0.1/32  scram-sha-256
            host    all   all   ::1/128       scram-sha-256
            """;

    private static final Duration STARTUP_WAIT = Duration.ofSeconds(60);

    private EmbeddedCluster() {
    }

    /**
     * Starts a server over {@code directory} on {@code port}, or a free one if it is 0. A
     * cluster is created, if there is none yet, with the password in
     * {@code initialPassword} ({@link PasswordFile#forInitdb}), which is null for a
     * cluster that exists; with {@code protectAtOnce}, the cluster asks for
     * {@code password} before the server first starts.
     */
    static EmbeddedPostgres start(Path directory, int port, String password, Path initialPassword,
            boolean protectAtOnce) throws IOException {
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder();
        if (port > 0) {
            builder.setPort(port);
        }
        if (initialPassword != null) {
            // Zonky passes its "locale" settings to initdb as --name=value; a new
            // cluster gets its superuser's password from this file, which is deleted
            // as soon as the server is up.
            builder.setLocaleConfig("pwfile", initialPassword.toString());
        }
        return builder.setDataDirectory(directory)
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
    }

    /** Deletes initdb's password file, if there is one, saying so if it cannot. */
    static void deleteInitialPassword(Path initialPassword) {
        if (initialPassword != null) {
            try {
                Files.deleteIfExists(initialPassword);
            }
            catch (IOException ex) {
                log.warn("Could not delete {}: {}", initialPassword, ex.getMessage());
            }
        }
    }

    /**
     * Keeps the password in the data directory for its owner alone, and asks every
     * connection for it.
     */
    static void protect(Path directory, String password) {
        try {
            PasswordFile.in(directory).write(password);
            Files.writeString(directory.resolve("pg_hba.conf"), HOST_BASED_AUTHENTICATION, StandardCharsets.UTF_8);
        }
        catch (IOException ex) {
            throw new UncheckedIOException("Could not protect the embedded PostgreSQL in " + directory, ex);
        }
    }

}
