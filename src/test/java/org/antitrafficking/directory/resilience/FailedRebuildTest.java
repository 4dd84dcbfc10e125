package org.antitrafficking.directory.resilience;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.OffsetDateTime;

import org.antitrafficking.directory.support.RunningApplication;
import org.antitrafficking.directory.support.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;

import static org.antitrafficking.directory.support.Eventually.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A change the running version cannot build: a function it does not know, tagged on a
 * program, as a newer release's migration might add while older instances still run. The
 * instance keeps serving the snapshot it holds and stays ready, while its health says the
 * read model is DOWN, which version it serves, which the database holds and why it cannot
 * build it; once the row is removed, it builds the newest version and is UP again. The
 * instance runs on a database of its own, so the bad row harms no other test.
 */
@Tag("slow")
class FailedRebuildTest {

    private static final String HOTLINE = "/hotlines/national-human-trafficking-hotline";

    private static final String NEW_HOURS = "Hours of a version that cannot be built";

    private static TestDatabase.Connection database;

    private static RunningApplication app;

    @BeforeAll
    static void startTheApplicationOnItsOwnDatabase() {
        database = TestDatabase.createDatabase("directory_failed_rebuild");
        app = RunningApplication.start(database.jdbcUrl(), database.username(), database.password(),
                "directory.read-model.poll-interval=500ms");
    }

    @AfterAll
    static void stopEverything() {
        if (app != null) {
            app.close();
        }
        if (database != null) {
            TestDatabase.drop(database);
        }
    }

    @Test
    void shouldKeepServingTheOldSnapshotAndReportDownUntilTheDataCanBeBuiltAgain() throws Exception {
        RunningApplication.Response before = app.get(HOTLINE);
        assertThat(before.status()).isEqualTo(200);
        assertThat(readModelStatus()).isEqualTo("UP");
        String servedVersion = (String) readModel().getDetails().get("dataVersion");

        execute("UPDATE hotline SET hours = '" + NEW_HOURS + "' WHERE slug = 'national-human-trafficking-hotline'",
                "INSERT INTO function (slug, name, position) VALUES ('rescue', 'Rescue', 99)",
                "INSERT INTO program_function SELECT id, 'rescue' FROM program WHERE slug = 'blue-campaign'");
        waitUntil(() -> "DOWN".equals(readModelStatus()), Duration.ofSeconds(10));

        waitUntil(() -> app.get("/actuator/health").status() == 503, Duration.ofSeconds(10));
        assertThat(app.healthOf("db")).isEqualTo("UP");
        Health readModel = readModel();
        assertThat(readModel.getStatus()).isEqualTo(Status.DOWN);
        assertThat(readModel.getDetails()).containsEntry("dataVersion", servedVersion)
            .containsEntry("databaseVersion", databaseVersion())
            .containsEntry("followingDatabase", true);
        assertThat(servedVersion).isNotEqualTo(databaseVersion());
        assertThat(readModel.getDetails().get("error")).asString().contains("Function 'rescue'");
        assertThat(app.get("/actuator/health/readiness").status()).as("still ready: it serves its snapshot")
            .isEqualTo(200);

        RunningApplication.Response during = app.get(HOTLINE);
        assertThat(during.status()).isEqualTo(200);
        assertThat(during.body()).doesNotContain(NEW_HOURS);
        assertThat(during.header("ETag")).isEqualTo(before.header("ETag"));
        assertThat(app.get("/programs/blue-campaign").status()).isEqualTo(200);

        execute("DELETE FROM program_function WHERE function_slug = 'rescue'",
                "DELETE FROM function WHERE slug = 'rescue'");
        waitUntil(() -> app.get("/actuator/health").status() == 200, Duration.ofSeconds(10));
        assertThat(readModelStatus()).isEqualTo("UP");
        Health recovered = readModel();
        assertThat(recovered.getDetails()).containsEntry("dataVersion", databaseVersion()).doesNotContainKey("error");
        assertThat(app.get(HOTLINE).body()).contains(NEW_HOURS);
    }

    /** The read model's status, as its indicator gives it. */
    private static String readModelStatus() {
        return app.healthOf("readModel");
    }

    /** The read model's health with its details, which the endpoint does not show. */
    private static Health readModel() {
        return app.context().getBean("readModelHealthIndicator", HealthIndicator.class).health();
    }

    /** Runs the statements in one transaction, so they make one data version. */
    private static void execute(String... statements) throws SQLException {
        try (Connection connection = connect(); Statement statement = connection.createStatement()) {
            connection.setAutoCommit(false);
            for (String sql : statements) {
                statement.execute(sql);
            }
            connection.commit();
        }
    }

    private static String databaseVersion() {
        try (Connection connection = connect();
                Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery("SELECT version, changed_at FROM data_version")) {
            row.next();
            return row.getLong(1) + "@" + row.getObject(2, OffsetDateTime.class).toInstant();
        }
        catch (SQLException ex) {
            throw new IllegalStateException(ex);
        }
    }

    private static Connection connect() throws SQLException {
        return DriverManager.getConnection(database.jdbcUrl(), database.username(), database.password());
    }

}
