package org.antitrafficking.directory.search;

import java.util.List;

import org.antitrafficking.directory.web.RecordKind;

/**
 * What a search found, grouped by kind of record, best group first. {@code correctedQuery} is set when
 * the words as typed matched nothing and a spelling closer to the directory's words did.
 */
public record SearchResults(String query, String correctedQuery, List<Group> groups) {

    public record Group(RecordKind kind, List<SearchHit> hits) {
    }

    public int total() {
        return groups.stream().mapToInt(group -> group.hits().size()).sum();
    }

    public boolean isEmpty() {
        return groups.isEmpty();
    }
}
