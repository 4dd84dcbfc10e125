package org.antitrafficking.directory.readmodel;

import com.fasterxml.jackson.annotation.JsonValue;

/** The kinds of record the directory shows, each at its own stable URL. */
public enum RecordKind {

    HOTLINE("/hotlines/"), DEPARTMENT("/departments/"), AGENCY("/agencies/"), PROGRAM("/programs/"),
    TASK_FORCE("/task-forces/"), RELIEF_TYPE("/immigration-relief/"), SOURCE("/sources/"), FUNCTION("/functions/");

    private final String pathPrefix;

    RecordKind(String pathPrefix) {
        this.pathPrefix = pathPrefix;
    }

    public String path(String slug) {
        return pathPrefix + slug;
    }

    /**
     * The kind as URLs, the API and the message keys ({@code kind.task-force}) name it.
     */
    @JsonValue
    public String slug() {
        return Slugs.of(this);
    }

}
