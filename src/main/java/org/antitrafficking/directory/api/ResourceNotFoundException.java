package org.antitrafficking.directory.api;

import org.antitrafficking.directory.web.VisitorFacingException;

/**
 * An API request for a record that does not exist, named by an identifier other than a
 * slug (such as an Open Referral UUID); answered with a 404 problem detail whose text the
 * message key gives.
 */
public class ResourceNotFoundException extends VisitorFacingException {

    public ResourceNotFoundException(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }

}
