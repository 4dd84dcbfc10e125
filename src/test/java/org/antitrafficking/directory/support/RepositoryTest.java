package org.antitrafficking.directory.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.Tag;

import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.boot.jdbc.test.autoconfigure.JdbcTest;

/**
 * A JDBC slice test on the shared real PostgreSQL, migrated by Flyway; each test runs in
 * a transaction that is rolled back. Declaring {@code @AutoConfigureTestDatabase} here,
 * nearer the test class than {@code @JdbcTest}'s own, stops the slice swapping in an
 * in-memory database. Tagged {@code slow}: the fast layer leaves it out.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@JdbcTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@UseTestDatabase
@Tag("slow")
public @interface RepositoryTest {

}
