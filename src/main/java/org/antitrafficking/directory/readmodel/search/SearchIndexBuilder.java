package org.antitrafficking.directory.readmodel.search;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.antitrafficking.directory.readmodel.RecordKind;
import org.antitrafficking.directory.readmodel.RecordLink;

/**
 * Collects the records' texts, then freezes them into an index. Not thread-safe.
 * {@link SearchIndex.Builder} is its public face.
 */
final class SearchIndexBuilder {

    /** The fields a record's words are counted in, as places in {@link #WEIGHTS}. */
    static final int NAMES = 0;

    static final int BODY = 1;

    static final int EXTRA = 2;

    /**
     * PostgreSQL's default weights, 1.0 for names, 0.4 for descriptions and 0.2 for the
     * rest, in steps of {@value Dictionary#WEIGHT_STEP}: at most
     * {@value #MAX_OCCURRENCES} occurrences in each field weigh at most 120 steps, which
     * fit in a posting's low seven bits; the eighth says the word is in the names.
     */
    private static final int[] WEIGHTS = { 5, 2, 1 };

    /**
     * Occurrences of one word in one field beyond this add nothing, so that a posting's
     * weight fits in seven bits.
     */
    static final int MAX_OCCURRENCES = 15;

    private final List<Entries.Entry> entries = new ArrayList<>();

    private final Map<String, IntList> postings = new HashMap<>();

    private final Map<String, IntList> exactMatches = new HashMap<>();

    private final Map<String, IntList> lettersInNames = new HashMap<>();

    private final Map<String, String> stems = new HashMap<>();

    private final Map<RecordKind, int[]> ranges = new EnumMap<>(RecordKind.class);

    private final Spelling.Builder spelling = Spelling.builder();

    /**
     * Adds a record: {@code name} is shown in results, {@code names} (its name and
     * acronyms), {@code body} (its description, also shown) and {@code extra} are
     * searched.
     */
    SearchIndexBuilder add(RecordLink link, String name, String names, String body, String extra) {
        int doc = entries.size();
        int[] range = ranges.computeIfAbsent(link.kind(), kind -> new int[] { doc, doc });
        if (range[1] != doc) {
            throw new IllegalStateException("The records of a kind must be added together: " + link);
        }
        range[1] = doc + 1;
        entries.add(new Entries.Entry(link, name, body));
        Map<String, int[]> terms = new LinkedHashMap<>();
        collect(terms, names, NAMES, doc);
        collect(terms, body, BODY, doc);
        collect(terms, extra, EXTRA, doc);
        terms.forEach((term, occurrences) -> {
            int steps = 0;
            for (int field = 0; field < occurrences.length; field++) {
                steps += WEIGHTS[field] * Math.min(occurrences[field], MAX_OCCURRENCES);
            }
            int named = (occurrences[NAMES] > 0) ? Dictionary.IN_NAMES : 0;
            postings.computeIfAbsent(term, key -> new IntList()).add((doc << 8) | named | steps);
        });
        exactMatch(name, doc);
        if (link.acronym() != null) {
            exactMatch(link.acronym(), doc);
        }
        return this;
    }

    private void exactMatch(String nameOrAcronym, int doc) {
        List<String> words = SearchWords.of(nameOrAcronym);
        if (!words.isEmpty()) {
            exactMatches.computeIfAbsent(Query.phrase(words), key -> new IntList()).addUnlessLast(doc);
        }
    }

    /**
     * Counts the occurrences of each word of the text in the field; a one-letter word is
     * kept only where it is in the names.
     */
    private void collect(Map<String, int[]> terms, String text, int field, int doc) {
        if (text == null) {
            return;
        }
        for (Token token : Token.of(text)) {
            String word = token.text().toLowerCase(Locale.ROOT);
            if (field != EXTRA) {
                spelling.addWord(word);
            }
            if (word.length() < 2) {
                if (field == NAMES) {
                    lettersInNames.computeIfAbsent(word, key -> new IntList()).addUnlessLast(doc);
                }
                continue;
            }
            stems.computeIfAbsent(word, EnglishWords::stem);
            terms.computeIfAbsent(word, key -> new int[WEIGHTS.length])[field]++;
        }
    }

    SearchIndex build() {
        Dictionary dictionary = Dictionary.of(postings, stems);
        Map<String, int[]> exact = new HashMap<>();
        exactMatches.forEach((phrase, matches) -> exact.put(phrase, matches.toArray()));
        Map<String, int[]> letters = new HashMap<>();
        lettersInNames.forEach((letter, docs) -> letters.put(letter, docs.toArray()));
        return new SearchIndex(entries.toArray(Entries.Entry[]::new), dictionary, Map.copyOf(exact),
                Map.copyOf(letters), Map.copyOf(stems), spelling.build(), new EnumMap<>(ranges));
    }

}
