package org.antitrafficking.directory.readmodel.refresh;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

import org.antitrafficking.directory.DirectoryProperties;
import org.antitrafficking.directory.readmodel.DataVersion;
import org.antitrafficking.directory.readmodel.DirectorySnapshot;
import org.antitrafficking.directory.support.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;

import static org.antitrafficking.directory.support.Eventually.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The watcher against a database of its own that holds nothing but a data version, and a
 * read model whose rebuilds the test makes fail: a version that cannot be built is tried
 * less and less often and reported DOWN until it builds, and a watcher that stops says
 * so.
 */
@Tag("slow")
class DataVersionWatcherTest {

    private static final Duration POLL = Duration.ofMillis(100);

    private static TestDatabase.Connection database;

    private final FakeReadModel readModel = new FakeReadModel();

    private final DataVersionWatcher watcher = new DataVersionWatcher(readModel, details(database),
            new DirectoryProperties.Refresh(POLL, POLL));

    private final ReadModelHealthIndicator indicator = new ReadModelHealthIndicator(readModel, watcher);

    @BeforeAll
    static void createADatabaseWithADataVersion() throws SQLException {
        database = TestDatabase.createDatabase("directory_watcher");
        try (Connection connection = DriverManager.getConnection(database.jdbcUrl(), database.username(),
                database.password()); Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE data_version (version bigint NOT NULL, changed_at timestamptz NOT NULL)");
            statement.execute("INSERT INTO data_version VALUES (7, '2026-11-22T10:00:00Z')");
        }
    }

    @AfterAll
    static void dropTheDatabase() {
        if (database != null) {
            TestDatabase.drop(database);
        }
    }

    @AfterEach
    void stopTheWatcher() {
        watcher.stop();
    }

    @Test
    void shouldDoubleTheWaitAfterEachFailedBuildUpToAMinute() {
        assertThat(IntStream.rangeClosed(1, 7)
            .mapToObj(attempts -> RebuildFailure.backoff(Duration.ofSeconds(2), attempts)))
            .containsExactly(Duration.ofSeconds(2), Duration.ofSeconds(4), Duration.ofSeconds(8),
                    Duration.ofSeconds(16), Duration.ofSeconds(32), Duration.ofMinutes(1), Duration.ofMinutes(1));
        assertThat(RebuildFailure.backoff(Duration.ofSeconds(2), Integer.MAX_VALUE)).isEqualTo(Duration.ofMinutes(1));
    }

    @Test
    void shouldTryAVersionThatCannotBeBuiltLessAndLessOftenAndReportItUntilItBuilds() throws Exception {
        readModel.failWith(new IllegalStateException("The database holds WorkFunction 'rescue'"));
        watcher.start();
        waitUntil(() -> watcher.rebuildFailure() != null, Duration.ofSeconds(10));

        Health down = indicator.health();
        assertThat(down.getStatus()).isEqualTo(Status.DOWN);
        assertThat(down.getDetails()).containsEntry("dataVersion", FakeReadModel.OLD.toString())
            .containsEntry("databaseVersion", "7@2026-11-22T10:00:00Z")
            .containsEntry("followingDatabase", true);
        assertThat(down.getDetails().get("error")).asString()
            .contains("Data version 7@2026-11-22T10:00:00Z cannot be built")
            .contains("WorkFunction 'rescue'");

        Thread.sleep(1500);
        // A build at every poll would be about 15 by now; waits doubling from 100 ms
        // allow 5.
        assertThat(readModel.builds()).isBetween(2, 6);
        assertThat(watcher.rebuildFailure().attempts()).isEqualTo(readModel.builds());
        assertThat(watcher.isConnected()).as("a failed build is not a lost connection").isTrue();
        assertThat(readModel.snapshot().version()).isEqualTo(FakeReadModel.OLD);

        readModel.failWith(null);
        waitUntil(() -> indicator.health().getStatus().equals(Status.UP), Duration.ofSeconds(10));
        Health up = indicator.health();
        assertThat(up.getDetails()).containsEntry("dataVersion", "7@2026-11-22T10:00:00Z")
            .containsEntry("databaseVersion", "7@2026-11-22T10:00:00Z")
            .doesNotContainKey("error");
        // The snapshot is swapped a moment before the watcher forgets the failure.
        waitUntil(() -> watcher.rebuildFailure() == null, Duration.ofSeconds(10));
        assertThat(watcher.rebuildFailure()).isNull();
    }

    @Test
    void shouldReportAWatcherThatStopped() throws Exception {
        readModel.failWith(new Error("simulated failure of the watcher"));
        watcher.start();
        waitUntil(watcher::isDead, Duration.ofSeconds(10));

        Health down = indicator.health();
        assertThat(down.getStatus()).isEqualTo(Status.DOWN);
        assertThat(down.getDetails()).containsEntry("watcher", "stopped").containsEntry("followingDatabase", false);
        assertThat(down.getDetails().get("error")).asString().contains("simulated failure of the watcher");
        assertThat(watcher.death()).hasMessage("simulated failure of the watcher");
    }

    private static JdbcConnectionDetails details(TestDatabase.Connection database) {
        return new JdbcConnectionDetails() {

            @Override
            public String getUsername() {
                return database.username();
            }

            @Override
            public String getPassword() {
                return database.password();
            }

            @Override
            public String getJdbcUrl() {
                return database.jdbcUrl();
            }
        };
    }

    /**
     * A read model that serves a snapshot of nothing, and builds a new one or fails as
     * the test says.
     */
    private static final class FakeReadModel extends RefreshingReadModel {

        static final DataVersion OLD = new DataVersion(3, Instant.parse("2026-11-01T00:00:00Z"));

        private final AtomicInteger builds = new AtomicInteger();

        private volatile DirectorySnapshot snapshot = snapshotOf(OLD);

        private volatile Throwable failure;

        FakeReadModel() {
            super(null, null);
        }

        void failWith(Throwable failure) {
            this.failure = failure;
        }

        int builds() {
            return builds.get();
        }

        @Override
        public DirectorySnapshot snapshot() {
            return snapshot;
        }

        @Override
        synchronized boolean refreshTo(DataVersion version) {
            builds.incrementAndGet();
            Throwable failing = failure;
            if (failing instanceof RuntimeException exception) {
                throw exception;
            }
            if (failing instanceof Error error) {
                throw error;
            }
            snapshot = snapshotOf(version);
            return true;
        }

        private static DirectorySnapshot snapshotOf(DataVersion version) {
            return new DirectorySnapshot(version, null, List.of(), null, List.of(), null, null, null, List.of(), null,
                    null, List.of(), null, null, null, null, null, null, null, null, null);
        }

    }

}
