package org.antitrafficking.directory.readmodel;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * How far a task force reaches, from local to international. The values of
 * {@code task_force_scope.scope}; the CHECK test walks {@link #values()}.
 */
public enum TaskForceScope {

    LOCAL, NATIONAL, INTERNATIONAL;

    /** The value the database, the API, the CSV and the message keys use. */
    @JsonValue
    public String slug() {
        return Slugs.of(this);
    }

}
