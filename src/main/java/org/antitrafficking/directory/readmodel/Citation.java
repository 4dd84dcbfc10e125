package org.antitrafficking.directory.readmodel;

import java.time.LocalDate;

import com.fasterxml.jackson.annotation.JsonIgnore;
import org.jspecify.annotations.Nullable;

/**
 * A source as a record page lists it; its kind is the database's ({@code document},
 * {@code supplement} or {@code web-page}, V49), for the sources table of the exports.
 */
public record Citation(String slug, String title, String publisher, String dateLabel, boolean supplement,
        @JsonIgnore @Nullable LocalDate publishedOn, @JsonIgnore String kind) {
}
