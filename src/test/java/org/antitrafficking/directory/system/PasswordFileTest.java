package org.antitrafficking.directory.system;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** The superuser's password: made at random, kept for its owner alone, read back. */
class PasswordFileTest {

    @TempDir
    Path directory;

    @Test
    void shouldKeepThePasswordForItsOwnerAloneAndReadItBackOnTheNextStart() throws Exception {
        PasswordFile first = PasswordFile.in(directory);
        assertThat(first.exists()).isFalse();

        first.write("correct-horse");

        Path file = directory.resolve(EmbeddedDatabase.PASSWORD_FILE);
        assertThat(Files.getPosixFilePermissions(file)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
        assertThat(Files.readString(file)).isEqualTo("correct-horse\n");
        PasswordFile next = PasswordFile.in(directory);
        assertThat(next.exists()).isTrue();
        assertThat(next.read()).isEqualTo("correct-horse");
    }

    @Test
    void shouldTakeAwayEveryoneElsesAccessToAFileThatHadIt() throws Exception {
        Path file = directory.resolve(PasswordFile.NAME);
        Files.writeString(file, "old\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));

        PasswordFile.in(directory).write("new");

        assertThat(Files.getPosixFilePermissions(file)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
        assertThat(PasswordFile.in(directory).read()).isEqualTo("new");
    }

    @Test
    void shouldMakeALongRandomPasswordThatNeedsNoQuoting() {
        String password = PasswordFile.generated();

        assertThat(password).hasSize(43).matches("[A-Za-z0-9_-]+");
        assertThat(PasswordFile.generated()).isNotEqualTo(password);
    }

    @Test
    void shouldHandInitdbThePasswordInAFileOnlyItsOwnerCanRead() throws Exception {
        Path file = PasswordFile.forInitdb("for-initdb");
        try {
            assertThat(file.getParent()).isNotEqualTo(directory);
            assertThat(Files.getPosixFilePermissions(file)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
            assertThat(Files.readString(file)).isEqualTo("for-initdb");
        }
        finally {
            EmbeddedCluster.deleteInitialPassword(file);
        }
        assertThat(file).doesNotExist();
    }

}
