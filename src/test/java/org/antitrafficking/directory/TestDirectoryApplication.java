package org.antitrafficking.directory;

import org.antitrafficking.directory.support.TestDatabase;

import org.springframework.boot.SpringApplication;

/**
 * The whole application, as {@code ./mvnw spring-boot:run} starts it, on the tests' own
 * PostgreSQL ({@link TestDatabase}: a Testcontainers one where Docker runs, else the
 * embedded one in a temporary directory), migrated and seeded at each start and gone when
 * it stops: {@code .data/postgres} is left alone. Run this {@code main} from the IDE and
 * open http://localhost:8080; arguments such as {@code --server.port=8081} still apply.
 */
public final class TestDirectoryApplication {

    private TestDirectoryApplication() {
    }

    public static void main(String[] args) {
        TestDatabase.Connection database = TestDatabase.get();
        // System properties, so that an argument naming another database still wins.
        System.setProperty("spring.datasource.url", database.jdbcUrl());
        System.setProperty("spring.datasource.username", database.username());
        System.setProperty("spring.datasource.password", database.password());
        SpringApplication.from(DirectoryApplication::main).run(args);
    }

}
