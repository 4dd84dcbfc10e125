package org.antitrafficking.directory.search;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import org.antitrafficking.directory.readmodel.RecordKind;
import org.antitrafficking.directory.readmodel.SearchHit;
import org.jspecify.annotations.Nullable;

/**
 * What a search found, grouped by kind of record, best group first.
 * {@code correctedQuery} is set when the words as typed matched nothing and a spelling
 * closer to the directory's words did.
 */
@Schema(description = "What a search found, grouped by kind, best group first. correctedQuery is present when the words as typed matched nothing and a corrected spelling did.")
public record SearchResults(String query, @Nullable String correctedQuery, List<Group> groups) {

    @Schema(name = "SearchResultGroup", description = "The hits of one kind of record, best first.")
    public record Group(RecordKind kind, List<SearchHit> hits) {
    }

    public int total() {
        return groups.stream().mapToInt(group -> group.hits().size()).sum();
    }

    public boolean isEmpty() {
        return groups.isEmpty();
    }
}
