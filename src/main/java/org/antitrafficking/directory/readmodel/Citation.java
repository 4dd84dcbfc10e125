package org.antitrafficking.directory.readmodel;

import java.time.LocalDate;

import com.fasterxml.jackson.annotation.JsonIgnore;
import org.jspecify.annotations.Nullable;

/** A source as a record page lists it. */
public record Citation(String slug, String title, String publisher, String dateLabel, boolean supplement,
        @JsonIgnore @Nullable LocalDate publishedOn) {
}
