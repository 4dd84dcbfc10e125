package org.antitrafficking.directory.support;

import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Points a test's application context at the shared {@link TestDatabase} before the
 * context is built, so that the application's own embedded-database set-up sees a URL and
 * stays out of the way.
 */
public class TestDatabaseInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        TestDatabase.Connection database = TestDatabase.get();
        TestPropertyValues
            .of("spring.datasource.url=" + database.jdbcUrl(), "spring.datasource.username=" + database.username(),
                    "spring.datasource.password=" + database.password())
            .applyTo(context);
    }

}
