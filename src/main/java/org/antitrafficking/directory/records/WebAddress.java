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
 * A link out of the directory, as the {@code web_address} domain of migration V1 allows:
 * an absolute https address on a lower-case host name, with no space in its path. Null is
 * valid.
 */
@Pattern(regexp = "https://[a-z0-9.-]+\\.[a-z]{2,}(/\\S*)?")
@Size(max = WebAddress.MAX_LENGTH)
@ReportAsSingleViolation
@Constraint(validatedBy = {})
@Target({ ElementType.FIELD, ElementType.TYPE_USE })
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface WebAddress {

    /** Longer than any address the sources give, short enough to keep a page sane. */
    int MAX_LENGTH = 2000;

    String message() default "{records.invalid.web-address}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

}
