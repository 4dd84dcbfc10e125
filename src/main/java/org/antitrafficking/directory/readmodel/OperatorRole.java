package org.antitrafficking.directory.readmodel;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * What a component does for a program: runs it, supports it or delivers it, in the order
 * its page lists them. The values of {@code program_component.role}; the CHECK test walks
 * {@link #values()}.
 */
public enum OperatorRole {

    RUNS, SUPPORTS, DELIVERS;

    /** The value the database, the API, the CSV and the message keys use. */
    @JsonValue
    public String slug() {
        return Slugs.of(this);
    }

}
