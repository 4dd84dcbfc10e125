package org.antitrafficking.directory.resilience;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import org.antitrafficking.directory.support.RunningApplication;
import org.antitrafficking.directory.system.EmbeddedDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.util.FileSystemUtils;

import static org.antitrafficking.directory.support.Eventually.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The database stops under a running instance and starts again. Meanwhile every page
 * keeps answering from memory, pages it had never rendered too; the health endpoint says
 * the database is down while readiness stays up; and once PostgreSQL is back the instance
 * recovers by itself and follows data changes again. The application runs on an embedded
 * PostgreSQL of its own, so stopping it harms no other test.
 */
@Tag("slow")
class OutageTest {

    private static final Logger log = LoggerFactory.getLogger(OutageTest.class);

    private static final Duration RECOVERY = Duration.ofSeconds(5);

    /**
     * How long /actuator/health keeps its answer
     * (management.endpoint.health.cache.time-to-live).
     */
    private static final Duration HEALTH_KEPT = Duration.ofSeconds(3);

    /** Asked for before the outage, so some are in the page cache and some are not. */
    private static final List<String> PAGES = List.of("/", "/hotlines", "/hotlines/national-human-trafficking-hotline",
            "/hotlines/hsi-tip-line", "/departments", "/departments/dhs", "/agencies", "/agencies/hsi", "/programs",
            "/programs?function=protection", "/programs/blue-campaign", "/task-forces", "/task-forces/pitf",
            "/immigration-relief", "/immigration-relief/t-nonimmigrant-status", "/sources", "/sources/dhs-in-action",
            "/search?q=visa", "/safety", "/open-data", "/api/v1/hotlines", "/api/v1/programs?function=prosecution",
            "/api/v1/search?q=hsi", "/export/hotlines.csv", "/sitemap.xml");

    /**
     * Never asked for before the outage: rendered from the snapshot while the database is
     * away.
     */
    private static final List<String> NEW_PAGES = List.of("/agencies/fbi",
            "/programs?function=partnership&department=dhs", "/search?q=forced%20labor", "/search?q=custums",
            "/api/v1/agencies/cbp", "/export/programs.csv", "/hotlines?purpose=report-tip");

    private static Path dataDirectory;

    private static EmbeddedDatabase database;

    private static RunningApplication app;

    @BeforeAll
    static void startTheApplicationOnItsOwnDatabase() throws IOException {
        dataDirectory = Files.createTempDirectory("directory-outage-postgres");
        database = EmbeddedDatabase.start(dataDirectory, "outage");
        app = RunningApplication.start(database.jdbcUrl(), database.username(), database.password(),
                "directory.read-model.poll-interval=1s", "directory.read-model.retry-interval=500ms");
    }

    @AfterAll
    static void stopEverything() {
        if (app != null) {
            app.close();
        }
        if (database != null) {
            database.close();
        }
        FileSystemUtils.deleteRecursively(dataDirectory.toFile());
    }

    @Test
    void shouldServeEveryPageThroughAnOutageAndRecoverByItself() throws Exception {
        for (String page : PAGES) {
            assertThat(app.get(page).status()).as("%s before the outage", page).isEqualTo(200);
        }
        assertThat(health("/actuator/health").path("status").asString()).isEqualTo("UP");
        assertThat(app.get("/editor/sign-in").status()).as("the sign-in page, which loads the signing key")
            .isEqualTo(200);
        int port = database.port();

        database.close();
        database = null;

        List<Long> millis = new ArrayList<>();
        for (String page : concat(PAGES, NEW_PAGES)) {
            RunningApplication.Response response = app.get(page);
            assertThat(response.status()).as("%s with the database stopped", page).isEqualTo(200);
            millis.add(response.took().toMillis());
            if (page.startsWith("/hotlines/national")) {
                assertThat(response.body()).contains("1-888-373-7888");
            }
        }
        log.info("Answers with the database stopped, in ms: {}", millis);
        assertThat(millis).as("no answer waits for the pool (2 s) or hangs")
            .allSatisfy(ms -> assertThat(ms).isLessThan(1000));
        assertThat(median(millis)).as("median answer in ms").isLessThan(100);

        // The sign-in page keeps no session, so it is served without the database; an
        // editor's session lives in it, so an editor's page cannot be.
        assertThat(app.get("/editor/sign-in", "Accept", "text/html").status()).isEqualTo(200);
        for (String editorPage : List.of("/editor", "/editor/suggestions")) {
            RunningApplication.Response editor = app.get(editorPage, "Accept", "text/html", "Cookie", "__Host-editor="
                    + Base64.getEncoder().encodeToString("an-editors-session-id".getBytes(StandardCharsets.UTF_8)));
            assertThat(editor.status()).as("%s with the database stopped", editorPage).isEqualTo(503);
            assertThat(editor.body()).contains("briefly unavailable").contains("data-quick-exit");
            assertThat(editor.took()).as("how long %s took", editorPage).isLessThan(Duration.ofSeconds(5));
        }

        // The endpoint keeps its answer a few seconds, so a flood of checks takes no
        // connection from a rebuild.
        waitUntil(() -> app.get("/actuator/health").status() == 503, HEALTH_KEPT.plusSeconds(3));
        RunningApplication.Response health = app.get("/actuator/health");
        assertThat(health.status()).isEqualTo(503);
        JsonNode status = JsonMapper.shared().readTree(health.body());
        assertThat(status.path("status").asString()).isEqualTo("DOWN");
        assertThat(status.has("components")).as("outsiders learn only UP or DOWN").isFalse();
        assertThat(app.healthOf("db")).isEqualTo("DOWN");
        assertThat(app.healthOf("readModel")).isEqualTo("UP");
        assertThat(health.took()).as("how long the health check took").isLessThan(Duration.ofSeconds(3));
        assertThat(app.get("/actuator/health/readiness").status()).as("still ready: it serves from memory")
            .isEqualTo(200);

        database = EmbeddedDatabase.start(dataDirectory, "outage", port);
        long back = System.nanoTime();
        waitUntil(() -> "UP".equals(app.healthOf("db")) && app.get("/hotlines").status() == 200,
                RECOVERY.multipliedBy(2));
        Duration recovered = Duration.ofNanos(System.nanoTime() - back);
        waitUntil(() -> app.get("/actuator/health").status() == 200, HEALTH_KEPT.plusSeconds(3));
        log.info("Healthy again {} ms after PostgreSQL was back", recovered.toMillis());
        assertThat(recovered).as("recovery after PostgreSQL came back").isLessThan(RECOVERY);

        execute("UPDATE hotline SET hours = 'Around the clock' WHERE slug = 'national-human-trafficking-hotline'");
        long changed = System.nanoTime();
        waitUntil(() -> app.get("/hotlines/national-human-trafficking-hotline").body().contains("Around the clock"),
                RECOVERY.multipliedBy(2));
        assertThat(Duration.ofNanos(System.nanoTime() - changed)).as("a change after the outage reaches the pages")
            .isLessThan(RECOVERY);
    }

    private static JsonNode health(String path) {
        return JsonMapper.shared().readTree(app.get(path).body());
    }

    private static void execute(String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(database.jdbcUrl(), database.username(),
                database.password()); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static long median(List<Long> values) {
        List<Long> sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }

    private static List<String> concat(List<String> first, List<String> second) {
        List<String> all = new ArrayList<>(first);
        all.addAll(second);
        return all;
    }

}
