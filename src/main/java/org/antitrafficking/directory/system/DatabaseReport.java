package org.antitrafficking.directory.system;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/** Says plainly in the log which database the directory is serving from. */
@Component
class DatabaseReport implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DatabaseReport.class);

    private final DataSource dataSource;

    private final ObjectProvider<EmbeddedDatabase> embeddedDatabase;

    DatabaseReport(DataSource dataSource, ObjectProvider<EmbeddedDatabase> embeddedDatabase) {
        this.dataSource = dataSource;
        this.embeddedDatabase = embeddedDatabase;
    }

    @Override
    public void run(ApplicationArguments args) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            DatabaseMetaData metaData = connection.getMetaData();
            String server = metaData.getDatabaseProductName() + " " + metaData.getDatabaseProductVersion();
            EmbeddedDatabase embedded = embeddedDatabase.getIfAvailable();
            if (embedded != null) {
                log.info("Database: embedded {} at {} (data in {}); set SPRING_DATASOURCE_URL to use another", server,
                        metaData.getURL(), embedded.dataDirectory());
            }
            else {
                log.info("Database: external {} at {} (from spring.datasource.url)", server, metaData.getURL());
            }
        }
    }

}
