package org.antitrafficking.directory.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * On a type that a handler takes as a resolved argument (such as the API's paging): the
 * query parameters it reads, so {@link QueryParameterInterceptor} allows them beside the
 * handler's own {@code @RequestParam}s.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface TakesParameters {

    String[] value();

}
