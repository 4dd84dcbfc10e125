package org.antitrafficking.directory.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.Tag;

import org.springframework.test.context.ContextConfiguration;

/**
 * Runs a Spring test against the shared real PostgreSQL of {@link TestDatabase}, never an
 * in-memory one. Tagged {@code slow}, as is every test that starts the application or a
 * database itself: {@code ./mvnw test -Pfast} leaves them out.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@ContextConfiguration(initializers = TestDatabaseInitializer.class)
@Tag("slow")
public @interface UseTestDatabase {

}
