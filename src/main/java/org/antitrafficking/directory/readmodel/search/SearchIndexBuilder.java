package org.antitrafficking.directory.readmodel.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
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
    static final int[] WEIGHTS = { 5, 2, 1 };

    /**
     * Occurrences of one word in one field beyond this add nothing, so that a posting's
     * weight fits in seven bits.
     */
    static final int MAX_OCCURRENCES = 15;

    private final List<Entries.Entry> entries = new ArrayList<>();

    private final WordTable words = new WordTable();

    /** Per word, by its number: its stem, or null for a one-letter word. */
    private String[] stems = new String[256];

    /**
     * Per word: the last record plus one that used it in its names or description, and
     * how many records did, for the spelling.
     */
    private int[] lastSpelt = new int[256];

    private int[] speltIn = new int[256];

    /** Per word: the postings collected so far, or null for a one-letter word. */
    private IntList[] postings = new IntList[256];

    /**
     * Per word: the last record it occurred in, and its occurrences there in each field.
     */
    private int[] lastDoc = new int[256];

    private int[] occurrences = new int[256 * WEIGHTS.length];

    /** The words of the record being added, in the order first met. */
    private final IntList docTerms = new IntList();

    private final Map<String, IntList> lettersInNames = new HashMap<>();

    private final ExactNames.Builder exactMatches = ExactNames.builder();

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
        docTerms.clear();
        collect(names, NAMES, doc);
        collect(body, BODY, doc);
        collect(extra, EXTRA, doc);
        for (int i = 0; i < docTerms.size(); i++) {
            int term = docTerms.get(i);
            int steps = 0;
            for (int field = 0; field < WEIGHTS.length; field++) {
                steps += WEIGHTS[field] * Math.min(occurrences[term * WEIGHTS.length + field], MAX_OCCURRENCES);
            }
            int named = (occurrences[term * WEIGHTS.length + NAMES] > 0) ? Dictionary.IN_NAMES : 0;
            postings[term].add((doc << 8) | named | steps);
        }
        exactMatches.add(doc, name);
        if (link.acronym() != null) {
            exactMatches.add(doc, link.acronym());
        }
        return this;
    }

    /**
     * Counts the occurrences of each word of the text in the field; a one-letter word is
     * kept only where it is in the names. A word is a run of letters and digits, as
     * {@link Token} cuts them.
     */
    private void collect(String text, int field, int doc) {
        if (text == null) {
            return;
        }
        Token.forEachRun(text, (start, end) -> count(words.idOf(text, start, end), field, doc));
    }

    private void count(int term, int field, int doc) {
        if (term == stems.length) {
            grow();
        }
        String word = words.word(term);
        if (field != EXTRA && lastSpelt[term] != doc + 1) {
            lastSpelt[term] = doc + 1;
            speltIn[term]++;
        }
        if (word.length() < 2) {
            if (field == NAMES) {
                lettersInNames.computeIfAbsent(word, key -> new IntList()).addUnlessLast(doc);
            }
            return;
        }
        if (postings[term] == null) {
            stems[term] = stemOf(word);
            postings[term] = new IntList();
            lastDoc[term] = -1;
        }
        if (lastDoc[term] != doc) {
            lastDoc[term] = doc;
            Arrays.fill(occurrences, term * WEIGHTS.length, (term + 1) * WEIGHTS.length, 0);
            docTerms.add(term);
        }
        occurrences[term * WEIGHTS.length + field]++;
    }

    /** A word's stem, the word itself where stemming leaves it as it is. */
    static String stemOf(String word) {
        String stem = EnglishWords.stem(word);
        // The stemmer makes a new string even when the stem is the word itself.
        return stem.equals(word) ? word : stem;
    }

    private void grow() {
        int capacity = 2 * stems.length;
        stems = Arrays.copyOf(stems, capacity);
        lastSpelt = Arrays.copyOf(lastSpelt, capacity);
        speltIn = Arrays.copyOf(speltIn, capacity);
        postings = Arrays.copyOf(postings, capacity);
        lastDoc = Arrays.copyOf(lastDoc, capacity);
        occurrences = Arrays.copyOf(occurrences, capacity * WEIGHTS.length);
    }

    SearchIndex build() {
        Integer[] terms = new Integer[words.size()];
        int count = 0;
        for (int term = 0; term < words.size(); term++) {
            if (speltIn[term] > 0) {
                spelling.addWord(words.word(term), speltIn[term]);
            }
            if (postings[term] != null) {
                terms[count++] = term;
            }
        }
        Arrays.sort(terms, 0, count, Comparator.comparing(words::word));
        String[] sorted = new String[count];
        int[][] lists = new int[count][];
        String[] stemOfTerm = new String[count];
        for (int i = 0; i < count; i++) {
            sorted[i] = words.word(terms[i]);
            lists[i] = postings[terms[i]].toArray();
            stemOfTerm[i] = stems[terms[i]];
        }
        Map<String, int[]> letters = new HashMap<>();
        lettersInNames.forEach((letter, docs) -> letters.put(letter, docs.toArray()));
        return new SearchIndex(entries.toArray(Entries.Entry[]::new), Dictionary.of(sorted, lists, stemOfTerm),
                exactMatches.build(), Map.copyOf(letters), spelling.build(), new EnumMap<>(ranges));
    }

}
