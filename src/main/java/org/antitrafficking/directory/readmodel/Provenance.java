package org.antitrafficking.directory.readmodel;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

/**
 * Where a record's facts come from: its sources, and a note where they disagree. Every
 * record page ends with this.
 */
@Schema(description = "The sources a record rests on, and a note where they disagree.")
public record Provenance(List<Citation> sources, @Nullable String disagreement) {

    /** The slugs of the sources, in their order. */
    public List<String> sourceSlugs() {
        return sources.stream().map(Citation::slug).toList();
    }
}
