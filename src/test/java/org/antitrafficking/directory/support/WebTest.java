package org.antitrafficking.directory.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.Tag;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;

/**
 * The whole application on the shared real PostgreSQL, driven through MockMvc. All tests
 * with this annotation share one application context. Tagged {@code slow}: the fast layer
 * ({@code ./mvnw test -Pfast}) leaves it out.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest
@AutoConfigureMockMvc
@UseTestDatabase
@Tag("slow")
public @interface WebTest {

}
