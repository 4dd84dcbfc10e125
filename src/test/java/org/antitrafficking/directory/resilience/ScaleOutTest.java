package org.antitrafficking.directory.resilience;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.antitrafficking.directory.support.RunningApplication;
import org.antitrafficking.directory.support.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.antitrafficking.directory.support.Eventually.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two instances on one database, started at the same moment on an empty one, as a
 * deployment behind a load balancer would: they migrate it once between them, serve the
 * same pages under the same ETags, and pick up a change together. They sit behind a TLS
 * proxy that forwards its headers.
 */
@Tag("slow")
class ScaleOutTest {

    /** What nginx in deploy/ sends: the visitor's scheme and host. */
    private static final String[] BEHIND_TLS = { "X-Forwarded-Proto", "https", "X-Forwarded-Host",
            "directory.example.org", "X-Forwarded-For", "203.0.113.9" };

    private static TestDatabase.Connection database;

    private static final List<RunningApplication> instances = new ArrayList<>();

    @BeforeAll
    static void startTwoInstancesTogetherOnAnEmptyDatabase() {
        database = TestDatabase.createDatabase("directory_scale_out");
        List<CompletableFuture<RunningApplication>> starting = List.of(start(), start());
        starting.forEach(instance -> instances.add(instance.join()));
    }

    private static CompletableFuture<RunningApplication> start() {
        return CompletableFuture.supplyAsync(() -> RunningApplication.start(database.jdbcUrl(), database.username(),
                database.password(), "directory.read-model.poll-interval=1s"));
    }

    @AfterAll
    static void stopBoth() {
        instances.forEach(RunningApplication::close);
        if (database != null) {
            TestDatabase.drop(database);
        }
    }

    @Test
    void shouldMigrateTheDatabaseOnceBetweenThem() throws SQLException {
        try (Connection connection = connect();
                Statement query = connection.createStatement();
                ResultSet history = query.executeQuery("""
                        SELECT count(*) AS applied, count(DISTINCT version) AS versions, bool_and(success) AS succeeded
                        FROM flyway_schema_history WHERE version IS NOT NULL""")) {
            history.next();
            assertThat(history.getInt("applied")).isEqualTo(history.getInt("versions")).isGreaterThanOrEqualTo(26);
            assertThat(history.getBoolean("succeeded")).isTrue();
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = { "/", "/departments/dhs", "/programs?function=protection", "/programs/blue-campaign",
            "/hotlines", "/search?q=visa", "/api/v1/programs", "/sitemap.xml", "/export/open-referral.zip" })
    void shouldServeTheSamePageUnderTheSameETag(String path) {
        RunningApplication.Response first = instances.get(0).get(path, BEHIND_TLS);
        RunningApplication.Response second = instances.get(1).get(path, BEHIND_TLS);
        assertThat(first.status()).isEqualTo(200);
        assertThat(second.status()).isEqualTo(200);
        assertThat(second.body()).isEqualTo(first.body());
        assertThat(second.header("ETag")).isEqualTo(first.header("ETag"));
        if (!path.startsWith("/search")) {
            assertThat(first.header("ETag")).isNotNull();
        }
    }

    @Test
    void shouldPickUpADataChangeTogetherWithinFiveSeconds() throws Exception {
        String before = instances.get(0).get("/hotlines", BEHIND_TLS).header("ETag");
        String hours = "Every hour of every day";
        execute("UPDATE hotline SET hours = '" + hours + "' WHERE slug = 'hsi-tip-line'");
        long changed = System.nanoTime();
        for (RunningApplication instance : instances) {
            waitUntil(() -> instance.get("/hotlines/hsi-tip-line", BEHIND_TLS).body().contains(hours),
                    Duration.ofSeconds(10));
        }
        assertThat(Duration.ofNanos(System.nanoTime() - changed)).isLessThan(Duration.ofSeconds(5));
        String after = instances.get(0).get("/hotlines", BEHIND_TLS).header("ETag");
        assertThat(after).isNotEqualTo(before).isEqualTo(instances.get(1).get("/hotlines", BEHIND_TLS).header("ETag"));
    }

    @Test
    void shouldTakeTheVisitorsSchemeAndHostFromTheProxyAndInsistOnHttps() {
        RunningApplication.Response behindTls = instances.get(0).get("/sitemap.xml", BEHIND_TLS);
        assertThat(behindTls.body()).contains("<loc>https://directory.example.org/hotlines</loc>");
        assertThat(behindTls.header("Strict-Transport-Security")).isEqualTo("max-age=63072000; includeSubDomains");

        RunningApplication.Response plain = instances.get(0).get("/sitemap.xml");
        assertThat(plain.body()).contains("<loc>http://localhost:" + instances.get(0).port() + "/hotlines</loc>");
        assertThat(plain.header("Strict-Transport-Security")).as("no HSTS over plain HTTP").isNull();
    }

    @Test
    void shouldLetASharedCacheKeepPagesAndServeThemStale() {
        String cacheControl = instances.get(0).get("/hotlines", BEHIND_TLS).header("Cache-Control");
        assertThat(cacheControl).contains("public")
            .containsPattern("s-maxage=\\d+")
            .containsPattern("stale-while-revalidate=\\d+")
            .containsPattern("stale-if-error=\\d+");
    }

    private static Connection connect() throws SQLException {
        return DriverManager.getConnection(database.jdbcUrl(), database.username(), database.password());
    }

    private static void execute(String sql) throws SQLException {
        try (Connection connection = connect(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

}
