package org.antitrafficking.directory.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.antitrafficking.directory.records.RecordsConfiguration;
import org.junit.jupiter.api.Tag;

import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.autoconfigure.context.MessageSourceAutoConfiguration;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.boot.validation.autoconfigure.ValidationAutoConfiguration;
import org.springframework.context.annotation.Import;

/**
 * A JPA slice test of the write model (package records) on the shared real PostgreSQL,
 * migrated by Flyway and validated by Hibernate against the entities, as the application
 * does; each test runs in a transaction that is rolled back. The records are validated
 * with the application's validator and messages, and the persistence unit is the
 * application's own ({@link RecordsConfiguration}). Tagged {@code slow}: the fast layer
 * leaves it out.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@DataJpaTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@ImportAutoConfiguration({ MessageSourceAutoConfiguration.class, ValidationAutoConfiguration.class })
@Import(RecordsConfiguration.class)
@UseTestDatabase
@Tag("slow")
public @interface RecordRepositoryTest {

}
