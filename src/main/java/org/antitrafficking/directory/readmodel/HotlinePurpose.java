package org.antitrafficking.directory.readmodel;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * What a caller can use a line for, in the order the site lists them: an emergency first.
 * The values of {@code hotline_purpose.purpose}; the CHECK test walks {@link #values()}.
 */
public enum HotlinePurpose {

    EMERGENCY, GET_HELP, REPORT_TIP, CHECK_CASE;

    /** The value the database, the API, the CSV and the message keys use. */
    @JsonValue
    public String slug() {
        return Slugs.of(this);
    }

}
