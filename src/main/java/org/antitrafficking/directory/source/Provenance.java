package org.antitrafficking.directory.source;

import java.util.List;

/**
 * Where a record's facts come from: its sources, and a note where they disagree. Every record page
 * ends with this.
 */
public record Provenance(List<Citation> sources, String disagreement) {

    public static Provenance of(CitedRecord record) {
        return new Provenance(Citation.of(record.getSources()), record.getSourceNote().orElse(null));
    }
}
