package org.antitrafficking.directory.web;

import java.util.Collections;
import java.util.TreeSet;

import jakarta.servlet.http.HttpServletRequest;

/**
 * How a refused request is named in the log: its path and the names of its parameters, never their
 * values. A visitor's search words or filter values say what they were looking for, and a log is
 * not the place to keep that.
 */
public final class RequestLogging {

    private RequestLogging() {
    }

    /** The request's path, then its parameter names in order, such as {@code /programs [department, q]}. */
    public static String describe(HttpServletRequest request) {
        TreeSet<String> names = new TreeSet<>(Collections.list(request.getParameterNames()));
        return names.isEmpty() ? request.getRequestURI() : request.getRequestURI() + " " + names;
    }
}
