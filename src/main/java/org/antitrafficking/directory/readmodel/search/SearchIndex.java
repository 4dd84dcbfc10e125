package org.antitrafficking.directory.readmodel.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Semaphore;

import org.antitrafficking.directory.readmodel.DirectorySearch;
import org.antitrafficking.directory.readmodel.RecordKind;
import org.antitrafficking.directory.readmodel.RecordLink;
import org.antitrafficking.directory.readmodel.SearchHit;
import org.jspecify.annotations.Nullable;

/**
 * Full-text search over every record of one snapshot, held in memory, so a search needs
 * no database and stays consistent with the pages. A record matches when each searched
 * word is the start of one of its words, as written or stemmed ("traff" and "trafficked"
 * both find "trafficking"). Matches in a record's names weigh most, then its description,
 * then its other text (source notes, audiences, numbers), with PostgreSQL's default
 * weights: a hit's score is the sum, over the searched words, of the weights of every
 * occurrence of a word they match. Above the score stand two tiers: a record whose name
 * or acronym is the whole query outranks every other, so "ice" finds ICE before the
 * programs that mention it; then a record whose names hold every searched word outranks
 * any number of mentions elsewhere, so "tip line" finds the HSI Tip Line first. A
 * one-letter word, such as the T of "T visa", is no word to search text for, but it
 * counts in names: "U visa" finds the U visa, not the T visa whose description says
 * "visa" more often.
 *
 * <p>
 * The work is shared out: {@link Dictionary} finds the words a searched word begins,
 * {@link Scorer} sums their weights in work arrays lent by {@link ScoringPool},
 * {@link TopHits} keeps the best and {@link Highlighter} marks their matches.
 */
public final class SearchIndex implements DirectorySearch {

    static final int MAX_HITS = 100;

    /**
     * The least trigram similarity at which a misspelt word is replaced by the
     * directory's word.
     */
    static final double MIN_SIMILARITY = 0.4;

    /**
     * How much a hit's rank rises for each tier above plain text: the record's names hold
     * every searched word (one tier), or its name or acronym is the whole query (two).
     * Results are ordered by tier first, whatever the score; the rank the API shows adds
     * this for each tier.
     */
    static final float TIER_BONUS = 1000f;

    /** The rank of a hit whose name or acronym is the whole query is at least this. */
    static final float EXACT_MATCH_BONUS = 2 * TIER_BONUS;

    private final Entries entries;

    private final Dictionary dictionary;

    private final Map<String, int[]> lettersInNames;

    /**
     * The records whose name or acronym, as search words joined by spaces, is a query.
     */
    private final ExactNames exactMatches;

    private final Scorer scorer;

    private final Highlighter highlighter;

    private final Spelling spelling;

    /**
     * The permits of the pool of work arrays, under this name so that a test can hold
     * every permit and see a search give up.
     */
    final Semaphore scoringPermits;

    SearchIndex(Entries.Entry[] entries, Dictionary dictionary, ExactNames exactMatches,
            Map<String, int[]> lettersInNames, Spelling spelling, Map<RecordKind, int[]> ranges) {
        this(new Entries(entries, ranges), dictionary, exactMatches, lettersInNames, spelling);
    }

    private SearchIndex(Entries entries, Dictionary dictionary, ExactNames exactMatches,
            Map<String, int[]> lettersInNames, Spelling spelling) {
        this.entries = entries;
        this.dictionary = dictionary;
        this.lettersInNames = lettersInNames;
        ScoringPool scorings = new ScoringPool(entries.size());
        this.scoringPermits = scorings.permits;
        this.scorer = new Scorer(dictionary, lettersInNames, scorings);
        this.highlighter = new Highlighter(dictionary::stemOf);
        this.exactMatches = exactMatches;
        this.spelling = spelling;
    }

    Dictionary dictionary() {
        return dictionary;
    }

    Spelling spelling() {
        return spelling;
    }

    Entries entries() {
        return entries;
    }

    @Override
    public int size() {
        return entries.size();
    }

    /**
     * Records matching every word, best first, at most {@value #MAX_HITS}, matched words
     * marked. One-letter words do not narrow the search (unless there is nothing else to
     * search for), but rank the records whose names hold them higher.
     */
    @Override
    public List<SearchHit> find(List<String> words) {
        Query query = Query.of(words);
        if (query.isEmpty()) {
            return List.of();
        }
        TopHits best = new TopHits(MAX_HITS);
        int[] exact = exactMatches.matching(Query.phrase(words), entries);
        try (Scoring scoring = scorer.score(query)) {
            for (int i = 0; i < scoring.candidateCount; i++) {
                int doc = scoring.candidates[i];
                if (!scoring.matchesAll(doc)) {
                    continue;
                }
                long tier = (exact != null && Arrays.binarySearch(exact, doc) >= 0) ? 2
                        : (scoring.allInNames(doc) && scorer.lettersInNames(query, doc)) ? 1 : 0;
                best.offer(TopHits.key(tier, scoring.total[doc], entries.nameRank(doc)));
            }
        }
        long[] ranked = best.ranked();
        List<SearchHit> hits = new ArrayList<>(ranked.length);
        for (long key : ranked) {
            Entries.Entry entry = entries.byNameRank(TopHits.nameRank(key));
            hits.add(new SearchHit(entry.link(), highlighter.highlight(entry.name(), query, false, true),
                    highlighter.highlight(entry.body(), query, true, false),
                    TopHits.tier(key) * TIER_BONUS + TopHits.score(key)));
        }
        return hits;
    }

    /**
     * The records of one kind that match every word, as their places in that kind's list
     * (records of a kind are added together, in the order of their list); all of them if
     * no word can be searched, such as "a": words that narrow nothing filter nothing.
     */
    @Override
    public BitSet positionsMatching(RecordKind kind, List<String> words) {
        BitSet positions = new BitSet();
        int[] range = entries.range(kind);
        Query query = Query.of(words);
        if (range == null) {
            return positions;
        }
        if (query.isEmpty()) {
            positions.set(0, range[1] - range[0]);
            return positions;
        }
        try (Scoring scoring = scorer.score(query)) {
            for (int i = 0; i < scoring.candidateCount; i++) {
                int doc = scoring.candidates[i];
                if (doc >= range[0] && doc < range[1] && scoring.matchesAll(doc)) {
                    positions.set(doc - range[0]);
                }
            }
        }
        return positions;
    }

    /** Whether the directory's names and descriptions use this word. */
    @Override
    public boolean isKnownWord(String word) {
        return spelling.contains(word);
    }

    /**
     * The directory's word most like {@code word} by trigram similarity, if one is at
     * least {@value #MIN_SIMILARITY} alike: "custums" becomes "customs", but "xylophone"
     * does not become "phone".
     */
    @Override
    public Optional<String> closestWord(String word) {
        return spelling.closest(word, MIN_SIMILARITY);
    }

    /**
     * The index with some records' description and other text replaced, exactly as an
     * index built afresh from the changed records would be; this one is left as it is.
     * Each record keeps its link and names (so its place, its exact matches and its
     * one-letter words): a change of those needs a new index.
     * @throws IllegalArgumentException when the index holds no record with a change's
     * link
     */
    public SearchIndex replacing(List<Replacement> replacements) {
        Map<Integer, Entries.Entry> replaced = new LinkedHashMap<>();
        Map<String, IntList> lists = new HashMap<>();
        Map<String, Integer> spellingChanges = new HashMap<>();
        for (Replacement replacement : replacements) {
            int doc = entries.docOf(replacement.link());
            if (doc < 0 || replaced.containsKey(doc)) {
                throw new IllegalArgumentException("Cannot replace " + replacement.link() + " in this index");
            }
            Entries.Entry entry = entries.entry(doc);
            if (!Objects.equals(entry.body(), replacement.oldBody())) {
                throw new IllegalArgumentException("The index holds another text for " + replacement.link());
            }
            replaced.put(doc, new Entries.Entry(entry.link(), entry.name(), replacement.body()));
            RecordWords before = RecordWords.of(doc, replacement.names(), replacement.oldBody(),
                    replacement.oldExtra());
            RecordWords after = RecordWords.of(doc, replacement.names(), replacement.body(), replacement.extra());
            before.spelt.forEach(word -> Spelling.Builder.forEachPiece(word,
                    piece -> spellingChanges.merge(piece, -1, Integer::sum)));
            after.spelt.forEach(word -> Spelling.Builder.forEachPiece(word,
                    piece -> spellingChanges.merge(piece, 1, Integer::sum)));
            Set<String> words = new HashSet<>(before.postings.keySet());
            words.addAll(after.postings.keySet());
            for (String word : words) {
                Integer old = before.postings.get(word);
                Integer now = after.postings.get(word);
                if (!Objects.equals(old, now)) {
                    IntList list = lists.computeIfAbsent(word, key -> IntList.of(dictionary.postingsOf(key)));
                    list.replace(doc, now);
                }
            }
        }
        Map<String, int[]> changedLists = new HashMap<>();
        lists.forEach((word, list) -> changedLists.put(word, list.toArray()));
        return new SearchIndex(entries.replacing(replaced), dictionary.changed(changedLists), exactMatches,
                lettersInNames, spelling.changed(spellingChanges));
    }

    /**
     * A record's new description ({@code body}) and other text ({@code extra}), with its
     * names and the texts it was indexed with, as {@link Builder#add} took them.
     */
    public record Replacement(RecordLink link, @Nullable String names, @Nullable String oldBody,
            @Nullable String oldExtra, @Nullable String body, @Nullable String extra) {
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Collects the records' texts, then freezes them into an index. Not thread-safe. */
    public static final class Builder {

        private final SearchIndexBuilder records = new SearchIndexBuilder();

        /**
         * Adds a record: {@code name} is shown in results, {@code names} (its name and
         * acronyms), {@code body} (its description, also shown) and {@code extra} are
         * searched.
         */
        public Builder add(RecordLink link, String name, String names, String body, String extra) {
            records.add(link, name, names, body, extra);
            return this;
        }

        public SearchIndex build() {
            return records.build();
        }

    }

}
