package org.antitrafficking.directory.function;

import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonValue;

import org.antitrafficking.directory.system.SlugEnumConverter;

/** The four functions of anti-trafficking work that programs, task forces and components are tagged with. */
public enum Function {

    PREVENTION, PROTECTION, PROSECUTION, PARTNERSHIP;

    @JsonValue
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
