package org.antitrafficking.directory.web;

/** The kinds of record the directory shows, each at its own stable URL. */
public enum RecordKind {

    HOTLINE("/hotlines/"),
    DEPARTMENT("/departments/"),
    AGENCY("/agencies/"),
    PROGRAM("/programs/"),
    TASK_FORCE("/task-forces/"),
    RELIEF_TYPE("/immigration-relief/"),
    SOURCE("/sources/");

    private final String pathPrefix;

    RecordKind(String pathPrefix) {
        this.pathPrefix = pathPrefix;
    }

    public String path(String slug) {
        return pathPrefix + slug;
    }

    /** The key of the kind's name in the message bundle, such as {@code kind.task-force}. */
    public String messageKey() {
        return "kind." + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
