package org.antitrafficking.directory.api;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The query parameters an API operation accepts. Any other parameter is refused with a 400 rather
 * than ignored, so that a misspelt filter ({@code ?fuction=}) does not silently return everything.
 * An operation without this annotation accepts none.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface QueryParameters {

    String[] value();
}
