package org.antitrafficking.directory.readmodel;

import java.time.LocalDate;

import com.fasterxml.jackson.annotation.JsonIgnore;
import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

/** A source as a record page lists it. */
@Schema(description = "A source as a record cites it: slug, title, publisher, how its date is known, and whether it is the supplementary contact record.")
public record Citation(String slug, String title, String publisher, String dateLabel, boolean supplement,
        @JsonIgnore @Schema(hidden = true) @Nullable LocalDate publishedOn) {
}
