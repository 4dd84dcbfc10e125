package org.antitrafficking.directory.readmodel;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

/** A link to a record's page, with the name (and acronym, if any) to show. */
@Schema(description = "A link to another record: its kind, slug and name, its page on the site and its API address.")
public record RecordLink(
        @Schema(description = "hotline, department, agency, program, task-force, relief-type or source",
                requiredMode = Schema.RequiredMode.REQUIRED) RecordKind kind,
        @Schema(description = "The record's stable identifier in URLs",
                requiredMode = Schema.RequiredMode.REQUIRED) String slug,
        @Schema(description = "The record's name", requiredMode = Schema.RequiredMode.REQUIRED) String name,
        @Schema(description = "Its acronym or short name, where it has one") @Nullable String acronym) {

    /** The path of the record's page on the site. */
    @JsonProperty("page")
    @Schema(description = "The path of the record's page on the site", requiredMode = Schema.RequiredMode.REQUIRED)
    public String href() {
        return kind.path(slug);
    }

    /** The path of the record in the JSON API. */
    @JsonProperty("api")
    @Schema(description = "The path of the record in the JSON API", requiredMode = Schema.RequiredMode.REQUIRED)
    public String apiHref() {
        return "/api/v1" + kind.path(slug);
    }

    /** "Homeland Security Investigations (HSI)", or the bare name without an acronym. */
    public String label() {
        return (acronym == null) ? name : name + " (" + acronym + ")";
    }
}
