package org.antitrafficking.directory.api;

import java.util.List;

/**
 * An API request for a record that does not exist, named by an identifier other than a slug (such as
 * an Open Referral UUID); answered with a 404 problem detail whose text the message key gives.
 */
public class ResourceNotFoundException extends RuntimeException {

    private final String messageKey;

    private final List<Object> arguments;

    public ResourceNotFoundException(String messageKey, Object... arguments) {
        super(messageKey + " " + List.of(arguments));
        this.messageKey = messageKey;
        this.arguments = List.of(arguments);
    }

    public String getMessageKey() {
        return messageKey;
    }

    public Object[] getArguments() {
        return arguments.toArray();
    }
}
