package org.antitrafficking.directory.readmodel;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/** A link to a record's page, with the name (and acronym, if any) to show. */
public record RecordLink(RecordKind kind, String slug, String name, @Nullable String acronym) {

    /** The path of the record's page on the site. */
    @JsonProperty("page")
    public String href() {
        return kind.path(slug);
    }

    /** The path of the record in the JSON API. */
    @JsonProperty("api")
    public String apiHref() {
        return "/api/v1" + kind.path(slug);
    }

    /** "Homeland Security Investigations (HSI)", or the bare name without an acronym. */
    public String label() {
        return (acronym == null) ? name : name + " (" + acronym + ")";
    }
}
