package org.antitrafficking.directory.system;

import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** How a data directory is made to ask every connection for the password. */
class EmbeddedClusterTest {

    @TempDir
    Path directory;

    @Test
    void shouldKeepThePasswordAndAskEveryConnectionForIt() throws Exception {
        Files.writeString(directory.resolve("pg_hba.conf"), "local all all trust\n");

        EmbeddedCluster.protect(directory, "s3cret");

        assertThat(PasswordFile.in(directory).read()).isEqualTo("s3cret");
        assertThat(Files.getPosixFilePermissions(directory.resolve(PasswordFile.NAME)))
            .isEqualTo(PosixFilePermissions.fromString("rw-------"));
        String rules = Files.readString(directory.resolve("pg_hba.conf"));
        assertThat(rules).doesNotContain("trust")
            .contains("local   all   all                 scram-sha-256")
            .contains("host    all   all   127.0.0.1/32  scram-sha-256")
            .contains("host    all   all   ::1/128       scram-sha-256");
    }

    @Test
    void shouldSayWhichDirectoryCouldNotBeProtected() {
        Path missing = directory.resolve("missing");

        assertThatThrownBy(() -> EmbeddedCluster.protect(missing, "s3cret")).isInstanceOf(UncheckedIOException.class)
            .hasMessage("Could not protect the embedded PostgreSQL in " + missing);
    }

    @Test
    void shouldDeleteNoInitialPasswordWhenThereIsNone() {
        assertThatNoException().isThrownBy(() -> EmbeddedCluster.deleteInitialPassword(null));
    }

}
