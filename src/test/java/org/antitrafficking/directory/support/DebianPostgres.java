package org.antitrafficking.directory.support;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A throwaway PostgreSQL cluster of Debian's own server and client tools (the package
 * {@code postgresql}, which {@code .ci/run} installs), for what the embedded server's
 * bundle lacks: {@code pg_dump} and {@code pg_restore} of the same major version. It
 * listens on the loopback address only and trusts its one user there; it is deleted when
 * closed. As root it runs as the {@code postgres} user, since PostgreSQL refuses root.
 */
public final class DebianPostgres implements AutoCloseable {

    private static final Path VERSIONS = Path.of("/usr/lib/postgresql");

    private final Path bin;

    private final Path directory;

    private final int port;

    private DebianPostgres(Path bin, Path directory, int port) {
        this.bin = bin;
        this.directory = directory;
        this.port = port;
    }

    /** Creates and starts a cluster with one database, {@code directory}. */
    public static DebianPostgres start() throws IOException, InterruptedException {
        Path bin = newestBin();
        Path directory = Files.createTempDirectory("debian-postgres");
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        DebianPostgres cluster = new DebianPostgres(bin, directory, port);
        if (isRoot()) {
            cluster.run(List.of("chown", "postgres:postgres", directory.toString()));
        }
        Path data = directory.resolve("data");
        cluster.tool("initdb", "-D", data.toString(), "-U", "postgres", "--auth=trust", "-E", "UTF8", "--locale=C");
        cluster.tool("pg_ctl", "-D", data.toString(), "-w", "-l", directory.resolve("log").toString(), "-o",
                "-p " + port + " -k " + directory + " -c listen_addresses=127.0.0.1", "start");
        cluster.tool("createdb", "-h", "127.0.0.1", "-p", Integer.toString(port), "-U", "postgres", "directory");
        return cluster;
    }

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
    }

    public Path directory() {
        return directory;
    }

    /**
     * Runs one of the cluster's client tools ({@code pg_dump}, {@code pg_restore},
     * {@code createdb}, ...) against it, failing with its output if it fails.
     */
    public void client(String tool, String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(
                List.of("-h", "127.0.0.1", "-p", Integer.toString(port), "-U", "postgres"));
        command.addAll(List.of(arguments));
        tool(tool, command.toArray(String[]::new));
    }

    private void tool(String tool, String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        if (isRoot()) {
            command.addAll(List.of("runuser", "-u", "postgres", "--"));
        }
        command.add(bin.resolve(tool).toString());
        command.addAll(List.of(arguments));
        run(command);
    }

    private void run(List<String> command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("%s finished", command).isTrue();
        assertThat(process.exitValue()).as("%s exit code; it said:%n%s", command, output).isZero();
    }

    @Override
    public void close() throws Exception {
        try {
            tool("pg_ctl", "-D", directory.resolve("data").toString(), "-m", "immediate", "stop");
        }
        finally {
            try (Stream<Path> files = Files.walk(directory)) {
                files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        }
    }

    private static Path newestBin() throws IOException {
        assertThat(VERSIONS).as("Debian's PostgreSQL; install the package postgresql (.ci/run does)").isDirectory();
        try (Stream<Path> versions = Files.list(VERSIONS)) {
            Path newest = versions.filter(version -> Files.isExecutable(version.resolve("bin/pg_dump")))
                .max(Comparator.comparingInt(version -> Integer.parseInt(version.getFileName().toString())))
                .orElseThrow(() -> new AssertionError("no PostgreSQL version under " + VERSIONS + " has pg_dump"));
            return newest.resolve("bin");
        }
    }

    private static boolean isRoot() {
        return "root".equals(System.getProperty("user.name"));
    }

}
