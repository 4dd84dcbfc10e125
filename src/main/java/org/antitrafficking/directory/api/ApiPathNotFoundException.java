package org.antitrafficking.directory.api;

/** A request under {@code /api/} that matches no operation. */
class ApiPathNotFoundException extends RuntimeException {

    ApiPathNotFoundException(String path) {
        super("No API operation at " + path);
    }

}
