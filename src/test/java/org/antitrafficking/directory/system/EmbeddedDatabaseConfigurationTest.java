package org.antitrafficking.directory.system;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import javax.sql.DataSource;

import org.antitrafficking.directory.DirectoryApplication;
import org.antitrafficking.directory.DirectoryProperties;
import org.antitrafficking.directory.support.TestDatabase;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Configuration;

import static org.assertj.core.api.Assertions.assertThat;

@Tag("slow")
class EmbeddedDatabaseConfigurationTest {

    @TempDir
    Path dataDirectory;

    @Test
    void shouldStartTheEmbeddedDatabaseWhenNoUrlIsSet() {
        new ApplicationContextRunner().withUserConfiguration(EmbeddedDatabaseConfiguration.class, Settings.class)
            .withPropertyValues("spring.datasource.url=  ",
                    "directory.embedded-database.data-directory=" + dataDirectory,
                    "directory.embedded-database.database-name=conditional")
            .run(context -> {
                assertThat(context).hasSingleBean(EmbeddedDatabase.class);
                assertThat(context.getBean(JdbcConnectionDetails.class).getJdbcUrl())
                    .isEqualTo(context.getBean(EmbeddedDatabase.class).jdbcUrl());
            });
    }

    @Test
    void shouldLeaveTheEmbeddedDatabaseAloneWhenAUrlIsSet() {
        new ApplicationContextRunner().withUserConfiguration(EmbeddedDatabaseConfiguration.class, Settings.class)
            .withPropertyValues("spring.datasource.url=" + TestDatabase.get().jdbcUrl())
            .run(context -> {
                assertThat(context).doesNotHaveBean(EmbeddedDatabase.class);
                assertThat(context).doesNotHaveBean(JdbcConnectionDetails.class);
            });
    }

    @Test
    void shouldServeFromTheEmbeddedDatabaseAndStopItCleanlyOnShutdown() throws Exception {
        SpringApplication application = new SpringApplication(DirectoryApplication.class);
        long postmaster;
        try (ConfigurableApplicationContext context = application
            .run("--directory.embedded-database.data-directory=" + dataDirectory, "--server.port=0")) {
            EmbeddedDatabase database = context.getBean(EmbeddedDatabase.class);
            postmaster = database.postmasterPid().orElseThrow();
            try (Connection connection = context.getBean(DataSource.class).getConnection();
                    Statement statement = connection.createStatement();
                    ResultSet rows = statement
                        .executeQuery("SELECT count(*) FROM flyway_schema_history WHERE success")) {
                assertThat(connection.getMetaData().getURL()).isEqualTo(database.jdbcUrl());
                assertThat(rows.next()).isTrue();
                assertThat(rows.getInt(1)).isPositive();
            }
        }
        assertThat(ProcessHandle.of(postmaster).filter(ProcessHandle::isAlive))
            .as("no postgres process outlives the application")
            .isEmpty();
        assertThat(dataDirectory.resolve("postmaster.pid")).doesNotExist();
    }

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(DirectoryProperties.class)
    static class Settings {

    }

}
