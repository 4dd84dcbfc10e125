package org.antitrafficking.directory.readmodel;

/**
 * A request names something the directory does not have, other than a record by its slug
 * ({@link RecordNotFoundException}): an export, an Open Referral identifier, an API path.
 * Answered with a 404 page or problem detail whose text the message key gives.
 */
public class NotFoundException extends VisitorFacingException {

    public NotFoundException(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }

}
