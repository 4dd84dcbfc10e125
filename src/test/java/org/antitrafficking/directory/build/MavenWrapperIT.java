package org.antitrafficking.directory.build;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Maven wrapper checks what it downloads: with the checksum in .mvn/wrapper it
 * installs Maven, and with any other it refuses. Each run is a copy of the wrapper with a
 * Maven home of its own, so it really downloads the distribution from Maven Central.
 */
@Tag("slow")
class MavenWrapperIT {

    @TempDir
    Path folder;

    @Test
    void shouldInstallMavenWhoseChecksumMatches() throws Exception {
        Path project = copyOfTheWrapper("matching", properties());
        Result result = run(project);
        assertThat(result.exitCode()).as(result.output()).isZero();
        assertThat(result.output()).contains("Apache Maven 3.9.16");
    }

    @Test
    void shouldRefuseADistributionWhoseChecksumDiffers() throws Exception {
        String properties = properties();
        String tampered = properties.replaceFirst("distributionSha256Sum=[0-9a-f]", "distributionSha256Sum=x");
        assertThat(tampered).isNotEqualTo(properties);
        Result result = run(copyOfTheWrapper("tampered", tampered));
        assertThat(result.exitCode()).isNotZero();
        assertThat(result.output()).contains("Failed to validate Maven distribution SHA-256");
        Path home = folder.resolve("tampered-home");
        if (Files.exists(home)) {
            try (var files = Files.walk(home)) {
                assertThat(files.filter(file -> file.endsWith(Path.of("bin", "mvn")))).as("Maven installed").isEmpty();
            }
        }
    }

    private static String properties() throws IOException {
        String properties = Files.readString(Path.of(".mvn/wrapper/maven-wrapper.properties"));
        assertThat(properties).containsPattern("distributionSha256Sum=[0-9a-f]{64}");
        return properties;
    }

    private Path copyOfTheWrapper(String name, String properties) throws IOException {
        Path project = Files.createDirectories(folder.resolve(name));
        Files.createDirectories(project.resolve(".mvn/wrapper"));
        Files.copy(Path.of("mvnw"), project.resolve("mvnw"), StandardCopyOption.COPY_ATTRIBUTES);
        Files.setPosixFilePermissions(project.resolve("mvnw"), PosixFilePermissions.fromString("rwxr-xr-x"));
        Files.writeString(project.resolve(".mvn/wrapper/maven-wrapper.properties"), properties);
        return project;
    }

    private record Result(int exitCode, String output) {
    }

    private Result run(Path project) throws Exception {
        ProcessBuilder builder = new ProcessBuilder("./mvnw", "-v").directory(project.toFile())
            .redirectErrorStream(true);
        builder.environment().put("MAVEN_USER_HOME", folder.resolve(project.getFileName() + "-home").toString());
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(5, TimeUnit.MINUTES)).isTrue();
        return new Result(process.exitValue(), output);
    }

}
