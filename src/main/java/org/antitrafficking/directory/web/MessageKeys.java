package org.antitrafficking.directory.web;

import org.antitrafficking.directory.system.SlugEnumConverter;

/** Builds the message keys under which enum values are named, such as {@code program.kind.grant-program}. */
public final class MessageKeys {

    private MessageKeys() {
    }

    public static String of(String prefix, Enum<?> value) {
        return prefix + "." + SlugEnumConverter.slugOf(value);
    }
}
