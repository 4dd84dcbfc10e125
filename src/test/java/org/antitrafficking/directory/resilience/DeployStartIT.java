package org.antitrafficking.directory.resilience;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.antitrafficking.directory.support.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.util.FileSystemUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * deploy/start on the packaged jar, as production runs it: the first start extracts the jar and makes
 * its JVM cache in a training run, and serves; the next start maps that cache and serves. Once with
 * the JDK that runs the build (JAVA_HOME), and once with the script's own choice (Temurin 25 where it
 * is installed, whose AOT cache differs from an older JDK's class data sharing archive).
 */
class DeployStartIT {

    private static final Logger log = LoggerFactory.getLogger(DeployStartIT.class);

    private static final Duration FIRST_START = Duration.ofMinutes(3);
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private static TestDatabase.Connection database;
    private static Path runtimes;

    @BeforeAll
    static void createDatabase() throws IOException {
        database = TestDatabase.createDatabase("directory_deploy_start");
        runtimes = Files.createTempDirectory("directory-runtime");
    }

    @AfterAll
    static void dropDatabase() {
        if (database != null) {
            TestDatabase.drop(database);
        }
        FileSystemUtils.deleteRecursively(runtimes.toFile());
    }

    static Stream<String> javaHomes() {
        return Stream.of(System.getProperty("java.home"), "");
    }

    @ParameterizedTest(name = "JAVA_HOME={0}")
    @MethodSource("javaHomes")
    void shouldPrepareOnTheFirstStartAndUseTheCacheAfterwards(String javaHome) throws Exception {
        Path runtime = Files.createDirectories(runtimes.resolve(javaHome.isEmpty() ? "default" : "java-home"));
        long firstStart = serveOnce(javaHome, runtime, FIRST_START, "");
        List<Path> prepared;
        try (Stream<Path> folders = Files.list(runtime)) {
            prepared = folders.filter(Files::isDirectory).toList();
        }
        assertThat(prepared).hasSize(1);
        Path folder = prepared.get(0);
        assertThat(folder.resolve("ready")).exists();
        assertThat(Stream.of("directory.aot", "directory.jsa").map(folder::resolve).filter(Files::exists))
            .as("the JVM cache in %s", folder).hasSize(1);
        assertThat(Files.readString(folder.resolve("training.log"))).contains("Training run: / answered 200")
            .contains("Training run: /hotlines answered 200");

        // Insist on the cache: the JVM refuses to start, rather than start without it, if it cannot map it.
        String insist = Files.exists(folder.resolve("directory.aot")) ? "-XX:AOTMode=on" : "-Xshare:on";
        long secondStart = serveOnce(javaHome, runtime, Duration.ofSeconds(60), insist);
        log.info("deploy/start with {}: first start {} ms (with the training run), then {} ms to the first page",
                folder.getFileName(), firstStart, secondStart);
        assertThat(secondStart).as("a start with the cache beats the first one, which made it").isLessThan(firstStart);
    }

    /** Starts deploy/start, waits for the home page, stops it; returns the milliseconds to the first page. */
    private static long serveOnce(String javaHome, Path runtime, Duration limit, String javaOpts) throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        ProcessBuilder builder = new ProcessBuilder("deploy/start", jar().toString())
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.appendTo(runtime.resolve("console.log").toFile()));
        Map<String, String> environment = builder.environment();
        environment.put("SPRING_DATASOURCE_URL", database.jdbcUrl());
        environment.put("SPRING_DATASOURCE_USERNAME", database.username());
        environment.put("SPRING_DATASOURCE_PASSWORD", database.password());
        environment.put("SERVER_PORT", Integer.toString(port));
        environment.put("DIRECTORY_RUNTIME_DIR", runtime.toString());
        environment.put("JAVA_OPTS", javaOpts);
        if (javaHome.isEmpty()) {
            environment.remove("JAVA_HOME");
        }
        else {
            environment.put("JAVA_HOME", javaHome);
        }
        long start = System.nanoTime();
        Process process = builder.start();
        try {
            while (true) {
                assertThat(process.isAlive()).as("deploy/start is running (see %s)", runtime.resolve("console.log")).isTrue();
                assertThat(System.nanoTime() - start).as("time to the first page").isLessThan(limit.toNanos());
                try {
                    HttpResponse<String> home = HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/"))
                        .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
                    if (home.statusCode() == 200) {
                        assertThat(home.body()).contains("1-888-373-7888");
                        return (System.nanoTime() - start) / 1_000_000;
                    }
                }
                catch (IOException notYet) {
                    // not listening yet
                }
                Thread.sleep(50);
            }
        }
        finally {
            process.destroy();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
    }

    private static Path jar() {
        File[] jars = new File("target").listFiles((folder, name) -> name.matches("directory-.*\\.jar"));
        assertThat(jars).as("the packaged jar in target/").hasSize(1);
        return jars[0].toPath().toAbsolutePath();
    }
}
