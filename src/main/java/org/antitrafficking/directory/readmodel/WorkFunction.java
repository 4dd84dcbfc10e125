package org.antitrafficking.directory.readmodel;

import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The four functions of anti-trafficking work that programs, task forces and components
 * are tagged with.
 */
public enum WorkFunction {

    PREVENTION("Prevention"), PROTECTION("Protection"), PROSECUTION("Prosecution"), PARTNERSHIP("Partnership");

    private final String label;

    WorkFunction(String label) {
        this.label = label;
    }

    /**
     * The name the data and the API use; pages show the name in the visitor's language.
     */
    public String label() {
        return label;
    }

    @JsonValue
    public String slug() {
        return Slugs.of(this);
    }

    public static Optional<WorkFunction> fromSlug(String slug) {
        return Slugs.parse(WorkFunction.class, slug);
    }

}
