package org.antitrafficking.directory.readmodel;

import com.fasterxml.jackson.annotation.JsonValue;
import org.jspecify.annotations.Nullable;

/** The kinds of record the directory shows, each at its own stable URL. */
public enum RecordKind {

    HOTLINE("/hotlines/", "hotline"), DEPARTMENT("/departments/", "department"), AGENCY("/agencies/", "component"),
    PROGRAM("/programs/", "program"), TASK_FORCE("/task-forces/", "task_force"),
    RELIEF_TYPE("/immigration-relief/", "relief_type"), SOURCE("/sources/", "source"), FUNCTION("/functions/", null);

    private final String pathPrefix;

    private final @Nullable String table;

    RecordKind(String pathPrefix, @Nullable String table) {
        this.pathPrefix = pathPrefix;
        this.table = table;
    }

    /**
     * The table that holds records of the kind, each with its id and slug; a function is
     * a fixed list, not a table of records.
     */
    public String table() {
        if (this.table == null) {
            throw new IllegalArgumentException(this + " is not a table of records");
        }
        return this.table;
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
