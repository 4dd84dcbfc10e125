package org.antitrafficking.directory.resilience;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.antitrafficking.directory.support.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.util.FileSystemUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * deploy/start on the packaged jar, as production runs it: the first start extracts the
 * jar and makes its JVM cache in a training run, and serves; the next start maps that
 * cache and serves. Once with the JDK that runs the build (JAVA_HOME), and once with the
 * script's own choice (Temurin 25 where it is installed, whose AOT cache differs from an
 * older JDK's class data sharing archive). The script refuses root, so where the build
 * runs as root (CI does) it is run as {@code nobody}; it refuses to start without its own
 * database and with a runtime folder another user could write to.
 */
@Tag("slow")
class DeployStartIT {

    /** nobody and nogroup, whom deploy/start runs as when the build runs as root. */
    private static final int NOBODY = 65534;

    private static final Logger log = LoggerFactory.getLogger(DeployStartIT.class);

    private static final Duration FIRST_START = Duration.ofMinutes(3);

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private static TestDatabase.Connection database;

    private static Path runtimes;

    @BeforeAll
    static void createDatabase() throws IOException {
        database = TestDatabase.createDatabase("directory_deploy_start");
        runtimes = Files.createTempDirectory("directory-runtime");
        // The runner's own folder, which the script's user must be able to enter.
        Files.setPosixFilePermissions(runtimes, PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    @Test
    void shouldRefuseToRunAsRoot() throws Exception {
        Assumptions.assumeTrue(isRoot(), "the build does not run as root here, so root's refusal cannot be tried");
        Run refused = runAsIs(List.of("deploy/start", jar().toString()),
                Map.of("SPRING_DATASOURCE_URL", database.jdbcUrl()));
        assertThat(refused.exitCode()).isNotZero();
        assertThat(refused.output()).contains("refusing to run as root");
    }

    @Test
    void shouldRefuseToStartWithoutItsOwnDatabase() throws Exception {
        Path runtime = runtime("no-database");
        Run refused = runAsIs(command(), Map.of("DIRECTORY_RUNTIME_DIR", runtime.toString()));
        assertThat(refused.exitCode()).isNotZero();
        assertThat(refused.output()).contains("SPRING_DATASOURCE_URL is not set");
    }

    @Test
    void shouldRefuseARuntimeFolderOthersCouldWriteTo() throws Exception {
        Path open = runtime("open");
        Files.setPosixFilePermissions(open, PosixFilePermissions.fromString("rwxrwxrwx"));
        Run refused = runAsIs(command(),
                Map.of("DIRECTORY_RUNTIME_DIR", open.toString(), "SPRING_DATASOURCE_URL", database.jdbcUrl()));
        assertThat(refused.exitCode()).isNotZero();
        assertThat(refused.output()).contains("is open to other users");
        if (isRoot()) {
            Path others = Files.createDirectories(runtimes.resolve("someone-elses"));
            Files.setPosixFilePermissions(others, PosixFilePermissions.fromString("rwx------"));
            Run notOurs = runAsIs(command(),
                    Map.of("DIRECTORY_RUNTIME_DIR", others.toString(), "SPRING_DATASOURCE_URL", database.jdbcUrl()));
            assertThat(notOurs.exitCode()).isNotZero();
            assertThat(notOurs.output()).contains("belongs to another user");
        }
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
        Path runtime = runtime(javaHome.isEmpty() ? "default" : "java-home");
        long firstStart = serveOnce(javaHome, runtime, FIRST_START, "");
        List<Path> prepared;
        try (Stream<Path> folders = Files.list(runtime)) {
            prepared = folders.filter(Files::isDirectory).toList();
        }
        assertThat(prepared).hasSize(1);
        Path folder = prepared.get(0);
        assertThat(folder.resolve("ready")).exists();
        assertThat(Stream.of("directory.aot", "directory.jsa").map(folder::resolve).filter(Files::exists))
            .as("the JVM cache in %s", folder)
            .hasSize(1);
        assertThat(Files.readString(folder.resolve("training.log"))).contains("Training run: / answered 200")
            .contains("Training run: /hotlines answered 200");

        // Insist on the cache: the JVM refuses to start, rather than start without it, if
        // it cannot map it.
        String insist = Files.exists(folder.resolve("directory.aot")) ? "-XX:AOTMode=on" : "-Xshare:on";
        long secondStart = serveOnce(javaHome, runtime, Duration.ofSeconds(60), insist);
        log.info("deploy/start with {}: first start {} ms (with the training run), then {} ms to the first page",
                folder.getFileName(), firstStart, secondStart);
        assertThat(secondStart).as("a start with the cache beats the first one, which made it").isLessThan(firstStart);
    }

    /**
     * Starts deploy/start, waits for the home page, stops it; returns the milliseconds to
     * the first page.
     */
    private static long serveOnce(String javaHome, Path runtime, Duration limit, String javaOpts) throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        ProcessBuilder builder = new ProcessBuilder(command()).redirectErrorStream(true)
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
                assertThat(process.isAlive()).as("deploy/start is running (see %s)", runtime.resolve("console.log"))
                    .isTrue();
                assertThat(System.nanoTime() - start).as("time to the first page").isLessThan(limit.toNanos());
                try {
                    HttpResponse<String> home = HTTP
                        .send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/"))
                            .timeout(Duration.ofSeconds(5))
                            .build(), HttpResponse.BodyHandlers.ofString());
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

    /** deploy/start on the jar, as nobody where the build runs as root. */
    private static List<String> command() {
        List<String> command = new ArrayList<>();
        if (isRoot()) {
            command.addAll(List.of("setpriv", "--reuid=" + NOBODY, "--regid=" + NOBODY, "--clear-groups"));
        }
        command.addAll(List.of("deploy/start", jar().toString()));
        return command;
    }

    /** A runtime folder for the script's user: theirs, 0700. */
    private static Path runtime(String name) throws IOException {
        Path runtime = Files.createDirectories(runtimes.resolve(name));
        Files.setPosixFilePermissions(runtime, PosixFilePermissions.fromString("rwx------"));
        if (isRoot()) {
            Files.setAttribute(runtime, "unix:uid", NOBODY);
            Files.setAttribute(runtime, "unix:gid", NOBODY);
        }
        return runtime;
    }

    private static boolean isRoot() {
        try {
            return ((Number) Files.getAttribute(Path.of("/proc/self"), "unix:uid")).intValue() == 0;
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    private record Run(int exitCode, String output) {
    }

    /**
     * Runs a command that should stop by itself, with only the given settings of the
     * application's.
     */
    private static Run runAsIs(List<String> command, Map<String, String> settings) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().keySet().removeIf(name -> name.startsWith("SPRING_") || name.startsWith("DIRECTORY_"));
        builder.environment().putAll(settings);
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("it stops by itself: %s", output).isTrue();
        return new Run(process.exitValue(), output);
    }

    private static Path jar() {
        File[] jars = new File("target").listFiles((folder, name) -> name.matches("directory-.*\\.jar"));
        assertThat(jars).as("the packaged jar in target/").hasSize(1);
        return jars[0].toPath().toAbsolutePath();
    }

}
