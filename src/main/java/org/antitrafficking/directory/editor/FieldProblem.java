package org.antitrafficking.directory.editor;

/**
 * A value an editor typed that cannot be the field's: an unknown slug, a phone number
 * with no digits, markup. Its message key and arguments say why, in the editor's words.
 */
class FieldProblem extends RuntimeException {

    private final String messageKey;

    private final transient Object[] arguments;

    FieldProblem(String messageKey, Object... arguments) {
        super(messageKey, null, false, false);
        this.messageKey = messageKey;
        this.arguments = arguments.clone();
    }

    String messageKey() {
        return messageKey;
    }

    Object[] arguments() {
        return arguments.clone();
    }

}
