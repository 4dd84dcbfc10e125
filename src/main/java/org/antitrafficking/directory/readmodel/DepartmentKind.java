package org.antitrafficking.directory.readmodel;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The kinds of department, in the order the directory groups them: executive departments,
 * then the Executive Office of the President, then independent agencies. The values of
 * {@code department.kind}; the CHECK test walks {@link #values()}.
 */
public enum DepartmentKind {

    EXECUTIVE_DEPARTMENT, EXECUTIVE_OFFICE, INDEPENDENT_AGENCY;

    /** The value the database, the API, the CSV and the message keys use. */
    @JsonValue
    public String slug() {
        return Slugs.of(this);
    }

}
