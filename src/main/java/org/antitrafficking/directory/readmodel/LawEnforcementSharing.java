package org.antitrafficking.directory.readmodel;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * Whether what a caller tells a line reaches law enforcement: always (the line is law
 * enforcement's own), never, or only in some cases, which the line's note then explains.
 */
public enum LawEnforcementSharing {

    YES, NO, LIMITED;

    /** The value the database, the API and the CSV use, such as {@code limited}. */
    @JsonValue
    public String slug() {
        return Slugs.of(this);
    }

}
