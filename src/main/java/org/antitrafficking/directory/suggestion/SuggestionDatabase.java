package org.antitrafficking.directory.suggestion;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A small pool of its own for the suggestion form, on the application's database, with
 * short limits: a connection is waited for at most {@link #CONNECTION_WAIT_MILLIS}, and a
 * statement, or a wait for a lock, at most {@link #STATEMENT_MILLIS}. So a visitor whose
 * suggestion cannot be stored learns it within 2 s and gets their text back; the main
 * pool waits 2 s for a connection alone. Being apart, a flood of suggestions cannot take
 * the connections the read model's rebuilds need to bring corrections to the pages.
 *
 * <p>
 * Neither the pool nor its transaction manager is a bean, so the application's own data
 * source, transactions and health check stay as Spring Boot sets them up.
 */
@Component
class SuggestionDatabase implements DisposableBean {

    static final long CONNECTION_WAIT_MILLIS = 1000;

    static final long STATEMENT_MILLIS = 1000;

    private static final int CONNECTIONS = 4;

    private final HikariDataSource pool;

    private final JdbcClient jdbc;

    private final TransactionTemplate transactions;

    SuggestionDatabase(JdbcConnectionDetails database) {
        HikariConfig config = new HikariConfig();
        config.setPoolName("suggestions");
        config.setJdbcUrl(database.getJdbcUrl());
        config.setUsername(database.getUsername());
        config.setPassword(database.getPassword());
        config.setMaximumPoolSize(CONNECTIONS);
        config.setMinimumIdle(0);
        config.setConnectionTimeout(CONNECTION_WAIT_MILLIS);
        config.setValidationTimeout(500);
        // Started without a connection: the application starts, and serves its pages,
        // with the database away.
        config.setInitializationFailTimeout(-1);
        config.addDataSourceProperty("connectTimeout", "1");
        config.addDataSourceProperty("loginTimeout", "1");
        config.addDataSourceProperty("socketTimeout", "3");
        config.addDataSourceProperty("tcpKeepAlive", "true");
        // A refused row would otherwise be quoted whole in the exception's message, and
        // so
        // reach the log with the visitor's words.
        config.addDataSourceProperty("logServerErrorDetail", "false");
        config.addDataSourceProperty("options", "-c statement_timeout=" + STATEMENT_MILLIS + " -c lock_timeout="
                + STATEMENT_MILLIS + " -c idle_in_transaction_session_timeout=10000");
        this.pool = new HikariDataSource(config);
        this.jdbc = JdbcClient.create(pool);
        this.transactions = new TransactionTemplate(new DataSourceTransactionManager(pool));
    }

    JdbcClient jdbc() {
        return jdbc;
    }

    /**
     * Transactions on this pool; one that returns has committed, so a suggestion it
     * stored is kept before the visitor is told.
     */
    TransactionTemplate transactions() {
        return transactions;
    }

    @Override
    public void destroy() {
        pool.close();
    }

}
