package org.antitrafficking.directory.readmodel;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A source, where to read it if it is a web page an editor added, and every record that
 * cites it, grouped by kind of record.
 */
public record SourcePage(Citation citation, String summary, @Nullable String url, List<Group> records) {

    public int recordCount() {
        return records.stream().mapToInt(group -> group.records().size()).sum();
    }

    /** The records of one kind that cite the source. */
    public record Group(RecordKind kind, List<RecordLink> records) {
    }
}
