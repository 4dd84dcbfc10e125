package org.antitrafficking.directory.readmodel;

/**
 * A request whose parameters cannot be served (a domain error: services throw it), such
 * as an unknown filter value; answered with a 400 page that says what was wrong, in the
 * visitor's language.
 */
public class InvalidRequestException extends VisitorFacingException {

    public InvalidRequestException(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }

}
