package org.antitrafficking.directory.readmodel;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * What a component does with a form of immigration relief, in the order its card lists
 * them. The values of {@code relief_type_component.role}; the CHECK test walks
 * {@link #values()}.
 */
public enum HandlerRole {

    ADMINISTERS, PROCESSES, REQUESTS, SUPPORTS;

    /** The value the database, the API, the CSV and the message keys use. */
    @JsonValue
    public String slug() {
        return Slugs.of(this);
    }

}
