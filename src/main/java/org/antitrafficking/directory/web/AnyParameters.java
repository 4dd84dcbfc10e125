package org.antitrafficking.directory.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A handler that takes whatever query it is sent, because it answers the same whatever it
 * is: the API's "no such operation" answer, say. Every other handler of the directory's
 * accepts only the parameters it declares with {@code @RequestParam}
 * ({@link QueryParameterInterceptor}).
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface AnyParameters {

}
