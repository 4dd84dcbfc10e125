package org.antitrafficking.directory.system;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The postmaster as its pid file names it, with processes of this test standing in for
 * it: no PostgreSQL is started.
 */
class PostmasterTest {

    @TempDir
    Path directory;

    @Test
    void shouldReadThePidFromThePidFile() throws Exception {
        writePidFile(" 4242 \n" + directory + "\n1700000000\n5432\n");

        assertThat(Postmaster.pid(directory)).contains(4242L);
    }

    @Test
    void shouldFindNoPidWithoutAWholePidFile() throws Exception {
        assertThat(Postmaster.pid(directory)).as("no file").isEmpty();
        writePidFile("4242\n");
        assertThat(Postmaster.pid(directory)).as("no data directory line").isEmpty();
        writePidFile("not a pid\n" + directory + "\n");
        assertThat(Postmaster.pid(directory)).as("no number").isEmpty();
    }

    @Test
    void shouldLeaveAPidFileWhoseProcessIsGoneToPostgres() throws Exception {
        Process gone = new ProcessBuilder("true").start();
        assertThat(gone.waitFor(30, TimeUnit.SECONDS)).isTrue();
        writePidFile(gone.pid() + "\n" + directory + "\n");

        assertThatNoException().isThrownBy(() -> Postmaster.stopLeftover(directory));
        assertThat(directory.resolve("postmaster.pid")).exists();
    }

    @Test
    void shouldRefuseToStopAProcessThatIsNotPostgres() throws Exception {
        long self = ProcessHandle.current().pid();
        writePidFile(self + "\n" + directory + "\n");

        assertThatThrownBy(() -> Postmaster.stopLeftover(directory)).isInstanceOf(IllegalStateException.class)
            .hasMessage("Another process (pid " + self + ") holds " + directory
                    + "; stop it or choose another directory.embedded-database.data-directory");
    }

    @Test
    void shouldWaitNoLongerThanItIsToldForAProcessToExit() throws Exception {
        Process sleeping = new ProcessBuilder("sleep", "60").start();
        try {
            long started = System.nanoTime();
            Postmaster.awaitExit(sleeping.toHandle(), Duration.ofMillis(200));
            Duration waited = Duration.ofNanos(System.nanoTime() - started);

            assertThat(waited).isBetween(Duration.ofMillis(200), Duration.ofSeconds(10));
            assertThat(sleeping.isAlive()).isTrue();
        }
        finally {
            sleeping.destroyForcibly();
        }
    }

    @Test
    void shouldReturnOnceTheProcessHasExited() throws Exception {
        Process sleeping = new ProcessBuilder("sleep", "60").start();
        sleeping.destroy();

        Postmaster.awaitExit(sleeping.toHandle(), Duration.ofSeconds(30));

        assertThat(sleeping.isAlive()).isFalse();
    }

    private void writePidFile(String content) throws Exception {
        Files.writeString(directory.resolve("postmaster.pid"), content);
    }

}
