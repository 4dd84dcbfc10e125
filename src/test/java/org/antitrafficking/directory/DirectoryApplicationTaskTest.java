package org.antitrafficking.directory;

import org.antitrafficking.directory.support.TestDatabase;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code java -jar directory.jar --editor.create=name} runs as a task: it creates the
 * account, prints its one-time password and exits, without ever serving.
 */
@Tag("slow")
@ExtendWith(OutputCaptureExtension.class)
class DirectoryApplicationTaskTest {

    @Test
    void shouldCreateAnEditorAndExitWithoutServing(CapturedOutput output) {
        TestDatabase.Connection database = TestDatabase.get();
        String name = "task-" + Long.toString(System.nanoTime(), 36);
        String[] args = { "--editor.create=" + name, "--spring.datasource.url=" + database.jdbcUrl(),
                "--spring.datasource.username=" + database.username(),
                "--spring.datasource.password=" + database.password(), "--spring.main.banner-mode=off" };
        assertThat(DirectoryApplication.isTask(args)).isTrue();
        assertThat(DirectoryApplication.isTask(new String[] { "--server.port=8080" })).isFalse();

        assertThat(DirectoryApplication.runTask(args)).isZero();
        assertThat(output.getOut()).contains("Created the editor account \"" + name + "\"")
            .doesNotContain("Jetty started")
            .doesNotContain("Tomcat started");
        JdbcTemplate jdbc = new JdbcTemplate(
                new DriverManagerDataSource(database.jdbcUrl(), database.username(), database.password()));
        assertThat(
                jdbc.queryForObject("SELECT must_change_password FROM editor WHERE username = ?", Boolean.class, name))
            .isTrue();

        assertThat(DirectoryApplication.runTask(args)).as("the same name again").isEqualTo(1);

        String[] disable = args.clone();
        disable[0] = "--editor.disable=" + name;
        assertThat(DirectoryApplication.isTask(disable)).isTrue();
        assertThat(DirectoryApplication.runTask(disable)).isZero();
        assertThat(jdbc.queryForObject("SELECT disabled FROM editor WHERE username = ?", Boolean.class, name)).isTrue();
        disable[0] = "--editor.reset=nobody-" + name;
        assertThat(DirectoryApplication.runTask(disable)).as("no such account").isEqualTo(3);
    }

}
