package org.antitrafficking.directory.records;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.OverridesAttribute;
import jakarta.validation.Payload;
import jakarta.validation.ReportAsSingleViolation;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * Text that says something, as the {@code nonblank_text} domain of migration V1 allows:
 * not empty, not all blank, and no blank at either end (a little stricter than the
 * domain, which trims spaces only). The database sets no length; the lengths here leave
 * room above the longest value of the seed. Null is valid; pair it with {@code @NotNull}
 * where the column is NOT NULL.
 */
@Pattern(regexp = "\\S(.*\\S)?", flags = Pattern.Flag.DOTALL)
@Size
@ReportAsSingleViolation
@Constraint(validatedBy = {})
@Target({ ElementType.FIELD, ElementType.TYPE_USE })
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface NonblankText {

    /** An acronym or a short name, such as "HSI" or "T visa". */
    int SHORT = 40;

    /** A name, a title, a number as written, hours, languages. */
    int NAME = 300;

    /** A description, a note, an eligibility. */
    int PROSE = 4000;

    @OverridesAttribute(constraint = Size.class, name = "max")
    int max();

    String message() default "{records.invalid.text}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

}
