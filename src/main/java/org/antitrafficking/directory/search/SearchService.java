package org.antitrafficking.directory.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.antitrafficking.directory.web.InvalidRequestException;
import org.antitrafficking.directory.web.RecordKind;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
public class SearchService {

    /** Longer input is refused rather than cut, so the visitor knows. */
    public static final int MAX_QUERY_LENGTH = 200;

    private final SearchRepository repository;

    SearchService(SearchRepository repository) {
        this.repository = repository;
    }

    /**
     * Searches every kind of record. When the words as typed match nothing, tries again with each
     * unknown word replaced by the most similar word the directory uses.
     */
    public SearchResults search(String query) {
        String text = checked(query);
        List<String> words = SearchWords.of(text);
        if (words.isEmpty()) {
            return new SearchResults(text, null, List.of());
        }
        List<SearchHit> hits = repository.find(words);
        String corrected = null;
        if (hits.isEmpty()) {
            List<String> correction = corrected(words);
            List<SearchHit> correctedHits = correction.equals(words) ? List.of() : repository.find(correction);
            if (!correctedHits.isEmpty()) {
                hits = correctedHits;
                corrected = String.join(" ", correction);
            }
        }
        return new SearchResults(text, corrected, grouped(hits));
    }

    /** The ids of records of one kind matching every word of the query; none if it has no words. */
    public List<Long> idsMatching(RecordKind kind, String query) {
        List<String> words = SearchWords.of(checked(query));
        return words.isEmpty() ? List.of() : repository.findIds(kind, words);
    }

    private static String checked(String query) {
        String text = (query == null) ? "" : query.strip();
        if (text.length() > MAX_QUERY_LENGTH) {
            throw new InvalidRequestException("error.400.query-too-long", MAX_QUERY_LENGTH);
        }
        return text;
    }

    private List<String> corrected(List<String> words) {
        List<String> correction = new ArrayList<>();
        for (String word : words) {
            boolean correctable = word.length() >= 4 && !repository.isKnownWord(word);
            correction.add(correctable ? repository.closestWord(word).orElse(word) : word);
        }
        return correction;
    }

    /** Hits grouped by kind; groups ordered by their best hit, hits within a group by rank. */
    private static List<SearchResults.Group> grouped(List<SearchHit> hits) {
        Map<RecordKind, List<SearchHit>> byKind = new LinkedHashMap<>();
        hits.stream()
            .sorted(Comparator.comparingDouble(SearchHit::rank).reversed())
            .forEach(hit -> byKind.computeIfAbsent(hit.link().kind(), kind -> new ArrayList<>()).add(hit));
        return byKind.entrySet().stream()
            .map(entry -> new SearchResults.Group(entry.getKey(), List.copyOf(entry.getValue())))
            .toList();
    }
}
