package org.antitrafficking.directory.web;

import java.util.List;

/**
 * A request whose parameters cannot be served, such as an unknown filter value; answered with a 400
 * page that says what was wrong, in the visitor's language.
 */
public class InvalidRequestException extends RuntimeException {

    private final String messageKey;

    private final List<Object> arguments;

    public InvalidRequestException(String messageKey, Object... arguments) {
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
