package org.antitrafficking.directory.web;

/**
 * An address that names nothing the site has, such as an export that does not exist; a
 * 404 page.
 */
public class PageNotFoundException extends RuntimeException {

    public PageNotFoundException(String message) {
        super(message);
    }

}
