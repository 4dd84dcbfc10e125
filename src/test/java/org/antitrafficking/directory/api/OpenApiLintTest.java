package org.antitrafficking.directory.api;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.antitrafficking.directory.support.PageTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The OpenAPI document passes two independent linters without an error or a warning:
 * Redocly CLI's {@code recommended} rules (redocly.yaml) and Spectral's
 * {@code spectral:oas} rules (.spectral.yaml). Both come from the project's node_modules,
 * which the build's {@code npm ci} installs, and run offline: Redocly's telemetry and
 * update check are off, and Spectral's ruleset ships with it.
 */
class OpenApiLintTest extends PageTest {

    /**
     * The document as a visitor to the public site gets it: its server is the site's
     * address (from the request here, from directory.base-url in production), not
     * localhost, which Redocly warns about.
     */
    private static final String AS_PUBLISHED = "http://directory.example.org/v3/api-docs";

    private static final Path DOCUMENT = Path.of("target", "openapi", "api-docs.json");

    /** Redocly's switches for telemetry, its update check and its announcements. */
    private static final Map<String, String> OFFLINE = Map.of("REDOCLY_TELEMETRY", "off",
            "REDOCLY_SUPPRESS_UPDATE_NOTICE", "true", "REDOCLY_SUPPRESS_NOTIFICATIONS", "true", "NO_COLOR", "1");

    @BeforeEach
    void writeDocument() throws IOException {
        String document = pages.exchange(AS_PUBLISHED).getResponse().getContentAsString(StandardCharsets.UTF_8);
        Files.createDirectories(DOCUMENT.getParent());
        Files.writeString(DOCUMENT, document, StandardCharsets.UTF_8);
    }

    @Test
    void shouldPassRedoclysRecommendedRulesWithoutAWarning() throws Exception {
        Linted redocly = run(tool("redocly"), "lint", DOCUMENT.toString(), "--config", "redocly.yaml", "--format",
                "stylish");
        assertThat(redocly.exitCode()).as(redocly.output()).isZero();
        // Redocly fails on errors only: a warning shows as a problem line and in the
        // summary.
        assertThat(redocly.output()).as(redocly.output())
            .contains("Woohoo! Your API description is valid.")
            .doesNotContainPattern("(?m)^\\s*\\d+:\\d+\\s+warning\\s")
            .doesNotContainPattern("You have \\d+ warnings?");
    }

    @Test
    void shouldPassSpectralsOasRulesWithoutAWarning() throws Exception {
        Linted spectral = run(tool("spectral"), "lint", DOCUMENT.toString(), "--ruleset", ".spectral.yaml",
                "--fail-severity", "warn", "--format", "text");
        assertThat(spectral.exitCode()).as(spectral.output()).isZero();
    }

    private static String tool(String name) {
        Path bin = Path.of("node_modules", ".bin", name);
        assertThat(bin).as("%s, which npm ci installs from package.json; run ./mvnw generate-resources", bin).exists();
        return bin.toString();
    }

    private static Linted run(String... command) throws IOException, InterruptedException {
        Path log = Files.createTempFile(DOCUMENT.getParent(), "lint", ".log");
        ProcessBuilder builder = new ProcessBuilder(List.of(command)).redirectErrorStream(true)
            .redirectOutput(log.toFile());
        builder.environment().putAll(OFFLINE);
        Process process = builder.start();
        boolean finished = process.waitFor(3, TimeUnit.MINUTES);
        if (!finished) {
            process.destroyForcibly();
        }
        String output = String.join(" ", command) + "\n" + Files.readString(log, StandardCharsets.UTF_8);
        Files.delete(log);
        assertThat(finished).as("%s finished within 3 minutes", command[0]).isTrue();
        return new Linted(process.exitValue(), output);
    }

    private record Linted(int exitCode, String output) {
    }

}
