package org.antitrafficking.directory.readmodel;

import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonValue;

/** The four functions of anti-trafficking work that programs, task forces and components are tagged with. */
public enum Function {

    PREVENTION, PROTECTION, PROSECUTION, PARTNERSHIP;

    @JsonValue
    public String slug() {
        return Slugs.of(this);
    }

    public static Optional<Function> fromSlug(String slug) {
        return Slugs.parse(Function.class, slug);
    }
}
