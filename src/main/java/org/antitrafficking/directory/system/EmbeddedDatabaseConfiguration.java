package org.antitrafficking.directory.system;

import org.antitrafficking.directory.DirectoryProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * Starts the embedded PostgreSQL when no external database is configured, and hands its
 * address to Spring Boot's own data source set-up as {@link JdbcConnectionDetails}.
 * Because the pool is built from those details, the context closes the pool before it
 * stops the server.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(OnNoDataSourceUrlCondition.class)
class EmbeddedDatabaseConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseConfiguration.class);

    @Bean(destroyMethod = "close")
    EmbeddedDatabase embeddedDatabase(DirectoryProperties directory) {
        DirectoryProperties.EmbeddedDatabase properties = directory.embeddedDatabase();
        log.info("No spring.datasource.url is set: starting the embedded PostgreSQL with its data in {}",
                properties.dataDirectory().toAbsolutePath().normalize());
        return EmbeddedDatabase.start(properties.dataDirectory(), properties.databaseName());
    }

    @Bean
    JdbcConnectionDetails embeddedDatabaseConnectionDetails(EmbeddedDatabase database) {
        return new JdbcConnectionDetails() {

            @Override
            public String getUsername() {
                return database.username();
            }

            @Override
            public String getPassword() {
                return database.password();
            }

            @Override
            public String getJdbcUrl() {
                return database.jdbcUrl();
            }
        };
    }

}
