package org.antitrafficking.directory.source;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
/**
 * Where a record's facts come from: its sources, and a note where they disagree. Every record page
 * ends with this.
 */
@Schema(description = "The sources a record rests on, and a note where they disagree.")
public record Provenance(List<Citation> sources, String disagreement) {

    public static Provenance of(CitedRecord record) {
        return new Provenance(Citation.of(record.getSources()), record.getSourceNote().orElse(null));
    }
}
