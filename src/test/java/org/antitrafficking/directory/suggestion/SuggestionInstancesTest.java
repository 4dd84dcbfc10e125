package org.antitrafficking.directory.suggestion;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import org.antitrafficking.directory.support.RunningApplication;
import org.antitrafficking.directory.system.EmbeddedDatabase;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.util.FileSystemUtils;

import static org.antitrafficking.directory.support.Eventually.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two instances on one PostgreSQL of their own, as behind the load balancer: a form
 * handed out by one is taken by the other (the day's key is shared through the database),
 * the limit of 5 an hour per address holds across both, and when the database is locked
 * or stopped the form answers 503 within 2 s with the visitor's words, then takes
 * suggestions again once it is back.
 */
@Tag("slow")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SuggestionInstancesTest {

    private static final Logger log = LoggerFactory.getLogger(SuggestionInstancesTest.class);

    private static final String FORM = "/suggest/hotline/hsi-tip-line";

    private static final Duration ANSWER_LIMIT = Duration.ofSeconds(2);

    private static Path dataDirectory;

    private static EmbeddedDatabase database;

    private static final List<RunningApplication> instances = new ArrayList<>();

    private static String token;

    @BeforeAll
    static void startTwoInstancesOnTheirOwnDatabase() throws Exception {
        dataDirectory = Files.createTempDirectory("directory-suggestions-postgres");
        database = EmbeddedDatabase.start(dataDirectory, "suggestions");
        List<CompletableFuture<RunningApplication>> starting = List.of(start(), start());
        starting.forEach(instance -> instances.add(instance.join()));
        token = HttpSubmissions.tokenOf(port(0), FORM);
        Thread.sleep(FormToken.MINIMUM_FILL_TIME.plusMillis(200).toMillis());
    }

    private static CompletableFuture<RunningApplication> start() {
        return CompletableFuture.supplyAsync(() -> RunningApplication.start(database.jdbcUrl(), database.username(),
                database.password(), "directory.read-model.retry-interval=500ms"));
    }

    @AfterAll
    static void stopEverything() throws IOException {
        instances.forEach(RunningApplication::close);
        if (database != null) {
            database.close();
        }
        FileSystemUtils.deleteRecursively(dataDirectory);
    }

    @Test
    @Order(1)
    void shouldHoldTheLimitOfFiveAnHourAcrossBothInstances() throws SQLException {
        String mark = UUID.randomUUID().toString();
        int[] sentTo = { 0, 1, 0, 1, 0 };
        for (int i = 0; i < sentTo.length; i++) {
            HttpResponse<String> answer = HttpSubmissions.post(port(sentTo[i]), FORM, fields(mark + " " + i),
                    "192.0.2.50");
            assertThat(answer.statusCode()).as("suggestion %d, to instance %d", i + 1, sentTo[i]).isEqualTo(303);
            assertThat(answer.headers().firstValue("Location"))
                .hasValueSatisfying(location -> assertThat(location).endsWith("/suggest/received"));
        }
        for (int instance : new int[] { 1, 0 }) {
            HttpResponse<String> refused = HttpSubmissions.post(port(instance), FORM, fields(mark + " sixth"),
                    "192.0.2.50");
            assertThat(refused.statusCode()).as("the sixth, to instance %d", instance).isEqualTo(429);
            assertThat(Jsoup.parse(refused.body()).select("textarea#proposed").text()).isEqualTo(mark + " sixth");
        }
        assertThat(HttpSubmissions.post(port(1), FORM, fields(mark + " other"), "192.0.2.51").statusCode())
            .as("another address")
            .isEqualTo(303);
        assertThat(count("SELECT count(*) FROM suggestion WHERE proposed_value LIKE '" + mark + "%'")).isEqualTo(6);
        assertThat(count("SELECT max(submissions) FROM suggestion_allowance")).isEqualTo(Allowance.PER_HOUR);
    }

    @Test
    @Order(2)
    void shouldAnswer503WithinTwoSecondsKeepingTheWordsWhileTheTableIsLocked() throws SQLException {
        try (Connection locker = connect(); Statement statement = locker.createStatement()) {
            locker.setAutoCommit(false);
            statement.execute("LOCK TABLE suggestion_allowance IN ACCESS EXCLUSIVE MODE");
            assertUnavailableInTime(0, "While the table is locked");
            locker.rollback();
        }
        assertThat(HttpSubmissions.post(port(0), FORM, fields("Once the lock is gone"), "192.0.2.60").statusCode())
            .isEqualTo(303);
    }

    @Test
    @Order(3)
    void shouldAnswer503WithinTwoSecondsKeepingTheWordsWithTheDatabaseStoppedAndRecover() throws Exception {
        int port = database.port();
        database.close();
        database = null;
        for (int instance = 0; instance < instances.size(); instance++) {
            assertUnavailableInTime(instance, "With the database stopped, to instance " + instance);
            assertUnavailableInTime(instance, "Again, to instance " + instance);
        }
        assertThat(instances.get(0).get(FORM).status()).as("the form itself, from memory").isEqualTo(200);

        database = EmbeddedDatabase.start(dataDirectory, "suggestions", port);
        waitUntil(
                () -> HttpSubmissions.post(port(1), FORM, fields("After the outage"), "192.0.2.70").statusCode() == 303,
                Duration.ofSeconds(10));
    }

    private static void assertUnavailableInTime(int instance, String words) {
        long start = System.nanoTime();
        HttpResponse<String> answer = HttpSubmissions.post(port(instance), FORM, fields(words + " <b>bold</b>"),
                "192.0.2." + (80 + instance));
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        log.info("{}: {} in {} ms", words, answer.statusCode(), took.toMillis());
        assertThat(answer.statusCode()).as(words).isEqualTo(503);
        assertThat(took).as("%s: how long the answer took", words).isLessThan(ANSWER_LIMIT);
        assertThat(answer.headers().firstValue("Retry-After")).hasValue("5");
        assertThat(answer.body()).contains("could not be saved just now").doesNotContain("<b>bold</b>");
        assertThat(Jsoup.parse(answer.body()).select("textarea#proposed").text()).isEqualTo(words + " <b>bold</b>");
        assertThat(Jsoup.parse(answer.body()).select("[data-quick-exit]")).as("in the layout").hasSize(2);
    }

    private static Map<String, String> fields(String proposed) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("field", "hours");
        fields.put("proposed", proposed);
        fields.put("evidence", "https://www.ice.gov/webform/hsi-tip-form");
        fields.put("reply", "");
        fields.put("homepage", "");
        fields.put("token", token);
        return fields;
    }

    private static int port(int instance) {
        return instances.get(instance).port();
    }

    private static Connection connect() throws SQLException {
        return DriverManager.getConnection(database.jdbcUrl(), database.username(), database.password());
    }

    private static int count(String sql) throws SQLException {
        try (Connection connection = connect();
                Statement statement = connection.createStatement();
                var result = statement.executeQuery(sql)) {
            result.next();
            return result.getInt(1);
        }
    }

}
