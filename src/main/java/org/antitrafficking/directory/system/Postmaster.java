package org.antitrafficking.directory.system;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The postmaster of a data directory, as its {@code postmaster.pid} names it: which
 * process it is, waiting for it to exit, and stopping one that an earlier run left
 * behind.
 */
final class Postmaster {

    /** Logs as the embedded database, whose work this is. */
    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabase.class);

    /** How long a postmaster has to exit once it is asked to stop. */
    static final Duration SHUTDOWN_WAIT = Duration.ofSeconds(30);

    private Postmaster() {
    }

    /**
     * The process id of the postmaster serving {@code directory}, read from its pid file.
     */
    static Optional<Long> pid(Path directory) {
        return readPidFile(directory).map(PidFile::pid);
    }

    /**
     * Stops a postmaster left running on {@code directory} by a JVM that did not shut
     * down, when it is provably ours: a live postgres process serving this very
     * directory. Any other live process the pid file names is refused; a pid file whose
     * process is gone is left for PostgreSQL to replace.
     */
    static void stopLeftover(Path directory) {
        Optional<PidFile> pidFile = readPidFile(directory);
        if (pidFile.isEmpty()) {
            return;
        }
        PidFile leftover = pidFile.get();
        Optional<ProcessHandle> process = ProcessHandle.of(leftover.pid()).filter(ProcessHandle::isAlive);
        if (process.isEmpty()) {
            // PostgreSQL itself replaces a pid file whose process is gone.
            return;
        }
        boolean isPostgres = process.get().info().command().map(command -> command.endsWith("/postgres")).orElse(false);
        if (!isPostgres || !sameDirectory(leftover.dataDirectory(), directory)) {
            throw new IllegalStateException("Another process (pid " + leftover.pid() + ") holds " + directory
                    + "; stop it or choose another directory.embedded-database.data-directory");
        }
        log.warn("Stopping a PostgreSQL (pid {}) left running on {} by an earlier run that did not shut down",
                leftover.pid(), directory);
        ProcessHandle postmaster = process.get();
        postmaster.destroy();
        awaitExit(postmaster, SHUTDOWN_WAIT);
        if (postmaster.isAlive()) {
            postmaster.destroyForcibly();
            awaitExit(postmaster, SHUTDOWN_WAIT);
        }
    }

    /** Returns once {@code process} has exited, or after {@code wait}, saying so. */
    static void awaitExit(ProcessHandle process, Duration wait) {
        try {
            process.onExit().get(wait.toMillis(), TimeUnit.MILLISECONDS);
        }
        catch (TimeoutException ex) {
            log.warn("PostgreSQL (pid {}) is still running {} s after it was asked to stop", process.pid(),
                    wait.toSeconds());
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
        }
        catch (ExecutionException ex) {
            throw new IllegalStateException("Could not wait for PostgreSQL to stop", ex);
        }
    }

    private static boolean sameDirectory(String recorded, Path directory) {
        try {
            return Path.of(recorded).toRealPath().equals(directory.toRealPath());
        }
        catch (IOException ex) {
            return false;
        }
    }

    private static Optional<PidFile> readPidFile(Path directory) {
        Path file = directory.resolve("postmaster.pid");
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            if (lines.size() < 2) {
                return Optional.empty();
            }
            return Optional.of(new PidFile(Long.parseLong(lines.get(0).trim()), lines.get(1).trim()));
        }
        catch (IOException | NumberFormatException ex) {
            return Optional.empty();
        }
    }

    /**
     * The first two lines of {@code postmaster.pid}: the process, and its data directory.
     */
    private record PidFile(long pid, String dataDirectory) {
    }

}
