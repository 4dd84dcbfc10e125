package org.antitrafficking.directory.function;

import java.util.Optional;

import org.antitrafficking.directory.system.SlugEnumConverter;

/** The four functions of anti-trafficking work that programs, task forces and components are tagged with. */
public enum Function {

    PREVENTION, PROTECTION, PROSECUTION, PARTNERSHIP;

    public String slug() {
        return SlugEnumConverter.slugOf(this);
    }

    public static Optional<Function> fromSlug(String slug) {
        return SlugEnumConverter.fromSlug(Function.class, slug);
    }

    public static class Converter extends SlugEnumConverter<Function> {

        public Converter() {
            super(Function.class);
        }
    }
}
