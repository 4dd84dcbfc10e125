package org.antitrafficking.directory.records;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.ReportAsSingleViolation;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A URL slug, as the {@code slug} domain of migration V1 allows: lower-case words of
 * letters and digits joined by single hyphens, at most 80 characters. Null is valid; pair
 * it with {@code @NotNull} where the column is NOT NULL.
 */
@Pattern(regexp = "[a-z0-9]+(-[a-z0-9]+)*")
@Size(max = 80)
@ReportAsSingleViolation
@Constraint(validatedBy = {})
@Target({ ElementType.FIELD, ElementType.TYPE_USE })
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface Slug {

    String message() default "{records.invalid.slug}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

}
