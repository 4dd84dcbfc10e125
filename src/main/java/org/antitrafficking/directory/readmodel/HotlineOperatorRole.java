package org.antitrafficking.directory.readmodel;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * What the body behind a line does for it: answers it, or funds it while others answer.
 * The values of {@code hotline.operator_role}; the CHECK test walks {@link #values()}.
 */
public enum HotlineOperatorRole {

    ANSWERS, FUNDS;

    /** The value the database, the API, the CSV and the message keys use. */
    @JsonValue
    public String slug() {
        return Slugs.of(this);
    }

}
