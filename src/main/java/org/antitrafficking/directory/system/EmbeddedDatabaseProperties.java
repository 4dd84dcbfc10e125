package org.antitrafficking.directory.system;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the embedded PostgreSQL keeps its data, used only when no
 * {@code spring.datasource.url} is set.
 *
 * @param dataDirectory the cluster's directory; relative paths resolve against the
 * working directory
 * @param databaseName the database the application uses inside that cluster
 */
@ConfigurationProperties("directory.embedded-database")
public record EmbeddedDatabaseProperties(@DefaultValue(".data/postgres") Path dataDirectory,
        @DefaultValue("directory") String databaseName) {
}
