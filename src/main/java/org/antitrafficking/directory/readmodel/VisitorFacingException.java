package org.antitrafficking.directory.readmodel;

import java.util.List;

/**
 * A request the directory refuses for a reason the visitor should read: the reason is a
 * message key and its arguments, so the page or problem detail says it in the visitor's
 * language.
 */
public abstract class VisitorFacingException extends RuntimeException {

    private final String messageKey;

    private final List<Object> arguments;

    protected VisitorFacingException(String messageKey, Object... arguments) {
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
