package org.antitrafficking.directory.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.antitrafficking.directory.readmodel.load.SmallDirectory;
import org.antitrafficking.directory.web.WebSliceConfiguration;

import org.springframework.boot.security.autoconfigure.SecurityAutoConfiguration;
import org.springframework.boot.security.autoconfigure.UserDetailsServiceAutoConfiguration;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterAutoConfiguration;
import org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration;
import org.springframework.boot.security.test.autoconfigure.webmvc.SecurityMockMvcAutoConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.core.annotation.AliasFor;

/**
 * A {@code @WebMvcTest} slice of the given controllers on the {@link SmallDirectory},
 * with the site's filters, advices and templates and no database: part of the fast layer
 * ({@code ./mvnw test -Pfast}). Add the services the controllers use with
 * {@code @Import}.
 *
 * <p>
 * Without Spring Security, as the public site runs: the application maps it to
 * {@code /editor/*} alone, so no public request passes through it (EditorSessionTest
 * proves the mapping), while a slice would put Spring Boot's default, which guards every
 * address, before the controllers.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@WebMvcTest(excludeAutoConfiguration = { SecurityAutoConfiguration.class, ServletWebSecurityAutoConfiguration.class,
        SecurityFilterAutoConfiguration.class, UserDetailsServiceAutoConfiguration.class,
        SecurityMockMvcAutoConfiguration.class })
@Import(WebSliceConfiguration.class)
public @interface WebSlice {

    /**
     * The controllers to test; none means every controller, which the slice cannot build.
     */
    @AliasFor(annotation = WebMvcTest.class, attribute = "controllers")
    Class<?>[] value();

}
