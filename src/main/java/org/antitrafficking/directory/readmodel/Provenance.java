package org.antitrafficking.directory.readmodel;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Where a record's facts come from: its sources, and a note where they disagree. Every
 * record page ends with this.
 */
public record Provenance(List<Citation> sources, @Nullable String disagreement) {

    /** The slugs of the sources, in their order. */
    public List<String> sourceSlugs() {
        return sources.stream().map(Citation::slug).toList();
    }
}
