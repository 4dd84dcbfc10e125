package org.antitrafficking.directory.search;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.antitrafficking.directory.readmodel.DirectorySearch;
import org.antitrafficking.directory.readmodel.InvalidRequestException;
import org.antitrafficking.directory.readmodel.ReadModel;
import org.antitrafficking.directory.readmodel.RecordKind;
import org.antitrafficking.directory.readmodel.SearchHit;
import org.antitrafficking.directory.readmodel.search.SearchWords;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;

/**
 * Searches every kind of record in the read model's index, and corrects a misspelt word.
 */
@Service
class SearchService {

    /** Longer input is refused rather than cut, so the visitor knows. */
    static final int MAX_QUERY_LENGTH = 200;

    /** Shorter words are taken as typed: too short to tell a typo from a word. */
    private static final int MIN_CORRECTABLE_LENGTH = 4;

    private final ReadModel directory;

    SearchService(ReadModel directory) {
        this.directory = directory;
    }

    /**
     * Searches every kind of record. When the words as typed match nothing, tries again
     * with each unknown word replaced by the most similar word the directory uses.
     */
    SearchResults search(@Nullable String query) {
        String text = (query == null) ? "" : query.strip();
        if (text.length() > MAX_QUERY_LENGTH) {
            throw new InvalidRequestException("error.400.query-too-long", MAX_QUERY_LENGTH);
        }
        List<String> words = SearchWords.of(text);
        if (words.isEmpty()) {
            return new SearchResults(text, null, List.of());
        }
        DirectorySearch index = directory.snapshot().search();
        List<SearchHit> hits = index.find(words);
        String corrected = null;
        if (hits.isEmpty()) {
            List<String> correction = words.stream()
                .map(word -> (word.length() >= MIN_CORRECTABLE_LENGTH && !index.isKnownWord(word))
                        ? index.closestWord(word).orElse(word) : word)
                .toList();
            List<SearchHit> correctedHits = correction.equals(words) ? List.of() : index.find(correction);
            if (!correctedHits.isEmpty()) {
                hits = correctedHits;
                corrected = String.join(" ", correction);
            }
        }
        return new SearchResults(text, corrected, grouped(hits));
    }

    /**
     * Hits, which come best first, grouped by kind; groups ordered by their best hit,
     * hits within a group as they came.
     */
    private static List<SearchResults.Group> grouped(List<SearchHit> hits) {
        Map<RecordKind, List<SearchHit>> byKind = new LinkedHashMap<>();
        hits.forEach(hit -> byKind.computeIfAbsent(hit.link().kind(), kind -> new ArrayList<>()).add(hit));
        return byKind.entrySet()
            .stream()
            .map(entry -> new SearchResults.Group(entry.getKey(), List.copyOf(entry.getValue())))
            .toList();
    }

}
