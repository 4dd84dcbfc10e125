package org.antitrafficking.directory.system;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@Tag("slow")
class EmbeddedDatabaseTest {

    @TempDir
    Path dataDirectory;

    @Test
    void shouldKeepDataAcrossRestarts() throws SQLException {
        try (EmbeddedDatabase first = EmbeddedDatabase.start(dataDirectory, "kept")) {
            execute(first, "CREATE TABLE visit (note text); INSERT INTO visit VALUES ('still here')");
        }
        try (EmbeddedDatabase second = EmbeddedDatabase.start(dataDirectory, "kept")) {
            assertThat(queryString(second, "SELECT note FROM visit")).isEqualTo("still here");
        }
    }

    @Test
    void shouldAskEveryConnectionForAPasswordOnlyItsOwnerCanRead() throws Exception {
        try (EmbeddedDatabase database = EmbeddedDatabase.start(dataDirectory, "guarded")) {
            assertThat(database.password()).hasSizeGreaterThanOrEqualTo(40);
            assertThatThrownBy(() -> DriverManager.getConnection(database.jdbcUrl(), database.username(), ""))
                .as("no password")
                .isInstanceOf(SQLException.class);
            assertThatThrownBy(() -> DriverManager.getConnection(database.jdbcUrl(), database.username(), "guess"))
                .as("a wrong one")
                .isInstanceOf(SQLException.class);
            assertThat(queryString(database, "SELECT 'in'")).isEqualTo("in");
            Path file = dataDirectory.resolve(EmbeddedDatabase.PASSWORD_FILE);
            assertThat(Files.getPosixFilePermissions(file)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
            assertThat(Files.readString(file).strip()).isEqualTo(database.password());
            assertThat(Files.readString(dataDirectory.resolve("pg_hba.conf"))).doesNotContain("trust");
        }
        try (EmbeddedDatabase again = EmbeddedDatabase.start(dataDirectory, "guarded")) {
            assertThat(queryString(again, "SELECT 'same password'")).isEqualTo("same password");
        }
    }

    /**
     * A cluster made before it had a password trusted everyone; its first start now gives
     * it one.
     */
    @Test
    void shouldGiveAClusterThatTrustedEveryoneAPassword() throws Exception {
        try (EmbeddedDatabase first = EmbeddedDatabase.start(dataDirectory, "older")) {
            execute(first, "CREATE TABLE kept (note text); INSERT INTO kept VALUES ('from before')");
        }
        Files.delete(dataDirectory.resolve(EmbeddedDatabase.PASSWORD_FILE));
        Files.writeString(dataDirectory.resolve("pg_hba.conf"),
                "local all all trust\nhost all all 127.0.0.1/32 trust\n" + "host all all ::1/128 trust\n");
        try (EmbeddedDatabase upgraded = EmbeddedDatabase.start(dataDirectory, "older")) {
            assertThat(queryString(upgraded, "SELECT note FROM kept")).isEqualTo("from before");
            assertThatThrownBy(() -> DriverManager.getConnection(upgraded.jdbcUrl(), upgraded.username(), ""))
                .isInstanceOf(SQLException.class);
            assertThat(dataDirectory.resolve(EmbeddedDatabase.PASSWORD_FILE)).exists();
        }
    }

    @Test
    void shouldSortByCodePointWhateverTheMachineLocale() throws SQLException {
        try (EmbeddedDatabase database = EmbeddedDatabase.start(dataDirectory, "sorted")) {
            assertThat(queryString(database,
                    "SELECT datlocprovider::text || ' ' || datlocale FROM pg_database WHERE datname = current_database()"))
                .isEqualTo("b C.UTF-8");
            assertThat(queryString(database,
                    "SELECT string_agg(word, ',' ORDER BY word) FROM (VALUES ('b'), ('B'), ('a'), ('Ä')) AS w (word)"))
                .isEqualTo("B,a,b,Ä");
        }
    }

    @Test
    void shouldStopThePostmasterOnClose() {
        EmbeddedDatabase database = EmbeddedDatabase.start(dataDirectory, "stopped");
        long pid = database.postmasterPid().orElseThrow();
        assertThat(ProcessHandle.of(pid)).hasValueSatisfying(process -> assertThat(process.isAlive()).isTrue());

        database.close();

        assertThat(ProcessHandle.of(pid).filter(ProcessHandle::isAlive)).isEmpty();
        assertThat(dataDirectory.resolve("postmaster.pid")).doesNotExist();
    }

    @Test
    void shouldStopAPostmasterLeftBehindByAKilledJvm() throws Exception {
        long orphan = startInAnotherJvmAndKillIt();
        assertThat(ProcessHandle.of(orphan).filter(ProcessHandle::isAlive))
            .as("the killed JVM leaves its postmaster running")
            .isPresent();

        try (EmbeddedDatabase database = EmbeddedDatabase.start(dataDirectory, "recovered")) {
            assertThat(ProcessHandle.of(orphan).filter(ProcessHandle::isAlive)).isEmpty();
            assertThat(database.postmasterPid()).isPresent().get().isNotEqualTo(orphan);
            assertThat(queryString(database, "SELECT 'up'")).isEqualTo("up");
        }
    }

    private long startInAnotherJvmAndKillIt() throws IOException, InterruptedException {
        String java = ProcessHandle.current().info().command().orElse("java");
        Process jvm = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                EmbeddedDatabaseProcess.class.getName(), dataDirectory.toString())
            .redirectErrorStream(true)
            .start();
        try (BufferedReader output = new BufferedReader(
                new InputStreamReader(jvm.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = output.readLine()) != null && !line.startsWith(EmbeddedDatabaseProcess.READY)) {
                // skip the child's log lines until it reports the postmaster's pid
            }
            assertThat(line).as("the child JVM started a database").isNotNull();
            long postmaster = Long.parseLong(line.substring(EmbeddedDatabaseProcess.READY.length()).trim());
            jvm.destroyForcibly();
            assertThat(jvm.waitFor(30, TimeUnit.SECONDS)).isTrue();
            return postmaster;
        }
    }

    private static void execute(EmbeddedDatabase database, String sql) throws SQLException {
        try (Connection connection = connect(database); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static String queryString(EmbeddedDatabase database, String sql) throws SQLException {
        try (Connection connection = connect(database);
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            assertThat(rows.next()).isTrue();
            return rows.getString(1);
        }
    }

    private static Connection connect(EmbeddedDatabase database) throws SQLException {
        return DriverManager.getConnection(database.jdbcUrl(), database.username(), database.password());
    }

}
