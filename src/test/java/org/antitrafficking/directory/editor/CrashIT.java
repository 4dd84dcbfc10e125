package org.antitrafficking.directory.editor;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.antitrafficking.directory.support.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The packaged application killed (SIGKILL, no shutdown of any kind) the moment it has
 * answered: a visitor's suggestion it confirmed, and an editor's edit it said was saved,
 * are both in the database afterwards, the edit with its revision. What the server
 * confirms is committed before it answers.
 */
@Tag("slow")
class CrashIT {

    private static final String PASSWORD = "plum orchard at the quiet harbour";

    private static final HttpClient HTTP = HttpClient.newBuilder()
        .connectTimeout(Duration.ofSeconds(2))
        .followRedirects(HttpClient.Redirect.NEVER)
        .build();

    private static final Pattern TOKEN = Pattern.compile("name=\"token\" value=\"([^\"]+)\"");

    private static final Pattern VERSION = Pattern.compile("name=\"version\" value=\"(\\d+)\"");

    private static TestDatabase.Connection database;

    private static JdbcTemplate jdbc;

    private static Path logs;

    @BeforeAll
    static void createDatabase() throws IOException {
        database = TestDatabase.createDatabase("directory_crash");
        jdbc = new JdbcTemplate(
                new DriverManagerDataSource(database.jdbcUrl(), database.username(), database.password()));
        logs = Files.createTempDirectory("directory-crash");
    }

    @AfterAll
    static void dropDatabase() {
        if (database != null) {
            TestDatabase.drop(database);
        }
    }

    @Test
    void shouldKeepAConfirmedSuggestionAndAConfirmedEditThroughAKill() throws Exception {
        String proposed = "Around the clock, every day (" + Instant.now() + ")";
        int port = freePort();
        Process first = start(port, "first");
        HttpResponse<String> answer;
        try {
            String form = "http://localhost:" + port + "/suggest/hotline/hsi-tip-line";
            Matcher token = TOKEN.matcher(send(HttpRequest.newBuilder(URI.create(form)).GET()).body());
            assertThat(token.find()).as("the form's token").isTrue();
            Thread.sleep(3_500);
            answer = send(HttpRequest.newBuilder(URI.create(form))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Sec-Fetch-Site", "same-origin")
                .POST(HttpRequest.BodyPublishers.ofString(encode(Map.of("field", "hours", "proposed", proposed,
                        "evidence", "https://www.ice.gov/", "homepage", "", "token", token.group(1))))));
        }
        finally {
            first.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        }
        assertThat(answer.statusCode()).as("the suggestion's answer").isEqualTo(303);
        assertThat(
                jdbc.queryForObject("SELECT count(*) FROM suggestion WHERE proposed_value = ?", Long.class, proposed))
            .isOne();

        jdbc.update("INSERT INTO editor (username, password_hash, must_change_password) VALUES ('dana', ?, false)",
                "{argon2}" + new Argon2PasswordEncoder(16, 32, 1, 19 * 1024, 2).encode(PASSWORD));
        String source = jdbc.queryForObject("""
                SELECT s.slug FROM source s JOIN hotline_source c ON c.source_id = s.id
                JOIN hotline h ON h.id = c.hotline_id WHERE h.slug = 'hsi-tip-line' ORDER BY s.slug LIMIT 1""",
                String.class);
        Process second = start(port, "second");
        EditorClient.Response saved;
        try {
            EditorClient editor = new EditorClient(port, "192.0.2.9");
            assertThat(editor.signIn("dana", PASSWORD).location()).isEqualTo("/editor");
            String path = "/editor/records/hotline/hsi-tip-line";
            Matcher version = VERSION.matcher(editor.get(path).body());
            assertThat(version.find()).isTrue();
            saved = editor.post(path, Map.of("version", version.group(1), "f.hours", proposed, "reason",
                    "Saved just before a crash", "source", source));
        }
        finally {
            second.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        }
        assertThat(saved.status()).as("the edit's answer").isEqualTo(302);
        assertThat(jdbc.queryForObject("SELECT hours FROM hotline WHERE slug = 'hsi-tip-line'", String.class))
            .isEqualTo(proposed);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM revision WHERE reason = 'Saved just before a crash'",
                Long.class))
            .isOne();
    }

    private static Process start(int port, String name) throws Exception {
        List<String> command = new ArrayList<>(
                List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", jar().toString()));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
            .redirectOutput(logs.resolve(name + ".log").toFile());
        Map<String, String> environment = builder.environment();
        environment.put("SPRING_DATASOURCE_URL", database.jdbcUrl());
        environment.put("SPRING_DATASOURCE_USERNAME", database.username());
        environment.put("SPRING_DATASOURCE_PASSWORD", database.password());
        environment.put("SERVER_PORT", Integer.toString(port));
        Process process = builder.start();
        Instant deadline = Instant.now().plus(Duration.ofMinutes(2));
        while (Instant.now().isBefore(deadline)) {
            assertThat(process.isAlive()).as("the application, see %s", logs.resolve(name + ".log")).isTrue();
            try {
                if (send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/hotlines")).GET())
                    .statusCode() == 200) {
                    return process;
                }
            }
            catch (IllegalStateException ex) {
                // Not listening yet.
            }
            Thread.sleep(200);
        }
        process.destroyForcibly();
        throw new AssertionError("The application did not serve within 2 minutes: " + logs.resolve(name + ".log"));
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return HTTP.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
        }
        catch (IOException ex) {
            throw new IllegalStateException(ex);
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(ex);
        }
    }

    private static String encode(Map<String, String> fields) {
        return fields.entrySet()
            .stream()
            .map((field) -> URLEncoder.encode(field.getKey(), StandardCharsets.UTF_8) + "="
                    + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
            .collect(Collectors.joining("&"));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static Path jar() {
        File[] jars = new File("target").listFiles((folder, name) -> name.matches("directory-.*\\.jar"));
        assertThat(jars).as("the packaged jar in target/").hasSize(1);
        return jars[0].toPath().toAbsolutePath();
    }

}
