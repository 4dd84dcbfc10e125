package org.antitrafficking.directory.resilience;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.antitrafficking.directory.support.TestDatabase;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An entity that disagrees with the schema still stops the application, although
 * Hibernate now starts after the public site does ({@code editor.WriteSideStartup}): the
 * packaged jar, on a migrated database whose {@code source} table has lost the column an
 * entity maps, starts, then exits with status 1, saying which column is missing.
 */
@Tag("slow")
class SchemaMismatchIT {

    @Test
    void shouldExitWithStatusOneWhenAnEntityDisagreesWithTheSchema() throws Exception {
        TestDatabase.Connection database = TestDatabase.createDatabase("directory_schema_mismatch");
        try {
            Run migrated = run(database, "-Dspring.context.exit=onRefresh");
            assertThat(migrated.exitCode()).as("migrating: %s", migrated.output()).isZero();
            try (java.sql.Connection connection = DriverManager.getConnection(database.jdbcUrl(), database.username(),
                    database.password())) {
                connection.createStatement().execute("ALTER TABLE source DROP COLUMN version");
            }

            Run started = run(database);
            assertThat(started.exitCode()).as("the exit status; output: %s", started.output()).isEqualTo(1);
            String output = started.output();
            assertThat(output).contains("Started DirectoryApplication")
                .contains("The editors' side failed to start")
                .contains("missing column [version] in table [source]");
            assertThat(output.indexOf("Started DirectoryApplication"))
                .as("the public site started before Hibernate checked the schema")
                .isLessThan(output.indexOf("missing column [version]"));
        }
        finally {
            TestDatabase.drop(database);
        }
    }

    private record Run(int exitCode, String output) {
    }

    /**
     * {@code java -jar} of the packaged jar on the database, until it stops by itself.
     */
    private static Run run(TestDatabase.Connection database, String... javaOptions) throws Exception {
        List<String> command = new ArrayList<>(
                List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        command.addAll(List.of(javaOptions));
        command.addAll(List.of("-jar", jar().toString(), "--server.port=0"));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().keySet().removeIf(name -> name.startsWith("SPRING_") || name.startsWith("DIRECTORY_"));
        builder.environment().put("SPRING_DATASOURCE_URL", database.jdbcUrl());
        builder.environment().put("SPRING_DATASOURCE_USERNAME", database.username());
        builder.environment().put("SPRING_DATASOURCE_PASSWORD", database.password());
        Process process = builder.start();
        try {
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(process.waitFor(180, TimeUnit.SECONDS)).as("it stops by itself: %s", output).isTrue();
            return new Run(process.exitValue(), output);
        }
        finally {
            process.destroyForcibly();
        }
    }

    private static Path jar() {
        File[] jars = new File("target").listFiles((folder, name) -> name.matches("directory-.*\\.jar"));
        assertThat(jars).as("the packaged jar in target/").hasSize(1);
        return jars[0].toPath().toAbsolutePath();
    }

}
