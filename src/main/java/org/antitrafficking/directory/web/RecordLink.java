package org.antitrafficking.directory.web;

/** A link to a record's page, with the name (and acronym, if any) to show. */
public record RecordLink(RecordKind kind, String slug, String name, String acronym) {

    public String href() {
        return kind.path(slug);
    }

    /** "Homeland Security Investigations (HSI)", or the bare name without an acronym. */
    public String label() {
        return (acronym == null) ? name : name + " (" + acronym + ")";
    }
}
