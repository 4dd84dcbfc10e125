package org.antitrafficking.directory.readmodel.search;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import org.antitrafficking.directory.readmodel.DirectorySearch;
import org.antitrafficking.directory.readmodel.Highlighted;
import org.antitrafficking.directory.readmodel.RecordKind;
import org.antitrafficking.directory.readmodel.RecordLink;
import org.antitrafficking.directory.readmodel.SearchBusyException;
import org.antitrafficking.directory.readmodel.SearchHit;

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
 * Each word of the records is kept in one sorted dictionary, and the words' stems in
 * another that names the words of each stem; a searched word finds the range of words and
 * of stems it begins, and the words' postings name the records with the weight of their
 * occurrences. A word that matches as written and by its stem is counted once.
 */
public final class SearchIndex implements DirectorySearch {

    static final int MAX_HITS = 100;

    /**
     * The least trigram similarity at which a misspelt word is replaced by the
     * directory's word.
     */
    static final double MIN_SIMILARITY = 0.4;

    /** The fields a record's words are counted in, as places in {@link #WEIGHTS}. */
    static final int NAMES = 0;
    static final int BODY = 1;
    static final int EXTRA = 2;

    /**
     * PostgreSQL's default weights, 1.0 for names, 0.4 for descriptions and 0.2 for the
     * rest, in steps of {@value #WEIGHT_STEP}: at most {@value #MAX_OCCURRENCES}
     * occurrences in each field weigh at most 120 steps, which fit in a posting's low
     * seven bits; the eighth says the word is in the names.
     */
    private static final int[] WEIGHTS = { 5, 2, 1 };

    static final float WEIGHT_STEP = 0.2f;

    /**
     * Occurrences of one word in one field beyond this add nothing, so that a posting's
     * weight fits in seven bits.
     */
    static final int MAX_OCCURRENCES = 15;

    private static final int WEIGHT_BITS = 0x7F;

    private static final int IN_NAMES = 0x80;

    /**
     * How much a hit's rank rises for each tier above plain text: the record's names hold
     * every searched word (one tier), or its name or acronym is the whole query (two).
     * Results are ordered by tier first, whatever the score; the rank the API shows adds
     * this for each tier.
     */
    static final float TIER_BONUS = 1000f;

    /** The rank of a hit whose name or acronym is the whole query is at least this. */
    static final float EXACT_MATCH_BONUS = 2 * TIER_BONUS;

    /** A hit's place in name order, in the low bits of its ranking key. */
    private static final int NAME_RANK_BITS = 30;

    private static final long NAME_RANK_MASK = (1L << NAME_RANK_BITS) - 1;

    private static final int SNIPPET_WORDS = 30;

    private static final int WHOLE_SNIPPET_WORDS = 60;

    private static final int MAX_FRAGMENTS = 2;

    private static final String FRAGMENT_DELIMITER = " … ";

    private final Entry[] entries;

    /**
     * Each record's place in name order, to order equally good matches by name, and the
     * reverse.
     */
    private final int[] nameRanks;

    private final int[] docsByNameRank;

    /** The records' words, sorted. */
    private final String[] terms;

    /**
     * Per term, one int per record that uses it: the record's number above the low eight
     * bits, and in them the weight of its occurrences in steps of {@value #WEIGHT_STEP}.
     */
    private final int[][] postings;

    /** The stems of the records' words, sorted, and for each the terms that have it. */
    private final String[] stemTerms;

    private final int[][] termsByStem;

    /**
     * The records whose name or acronym, as search words joined by spaces, is the key.
     */
    private final Map<String, int[]> exactMatches;

    /**
     * The records, in order, whose names hold each one-letter word, such as the "t" of "T
     * visa".
     */
    private final Map<String, int[]> lettersInNames;

    /**
     * The stem of every word the records use, so that marking matches in results need not
     * stem again.
     */
    private final Map<String, String> stems;

    private final Spelling spelling;

    /** For each kind, the first record's number and the number after its last. */
    private final Map<RecordKind, int[]> ranges;

    private SearchIndex(Entry[] entries, String[] terms, int[][] postings, String[] stemTerms, int[][] termsByStem,
            Map<String, int[]> exactMatches, Map<String, int[]> lettersInNames, Map<String, String> stems,
            Spelling spelling, Map<RecordKind, int[]> ranges) {
        if (entries.length > NAME_RANK_MASK) {
            throw new IllegalArgumentException("At most " + NAME_RANK_MASK + " records can be searched");
        }
        this.lettersInNames = lettersInNames;
        this.ranges = ranges;
        this.entries = entries;
        this.terms = terms;
        this.postings = postings;
        this.stemTerms = stemTerms;
        this.termsByStem = termsByStem;
        this.exactMatches = exactMatches;
        this.stems = stems;
        this.spelling = spelling;
        Integer[] byName = new Integer[entries.length];
        Arrays.setAll(byName, doc -> doc);
        Arrays.sort(byName, Comparator.comparing(doc -> entries[doc].name()));
        this.nameRanks = new int[entries.length];
        this.docsByNameRank = new int[entries.length];
        for (int rank = 0; rank < byName.length; rank++) {
            nameRanks[byName[rank]] = rank;
            docsByNameRank[rank] = byName[rank];
        }
    }

    /** A record as the index shows it in results. */
    private record Entry(RecordLink link, String name, String body) {
    }

    @Override
    public int size() {
        return entries.length;
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
        // The best hits of possibly many thousands, without sorting them all. Each
        // candidate is one long,
        // larger for a better hit: its tier, the score's bits (a positive float's bits
        // order as the float
        // does), then the inverse of its place in name order; the smallest kept is on top
        // of the heap.
        long[] best = new long[MAX_HITS];
        int kept = 0;
        int[] exact = exactMatches.get(phrase(words));
        try (Scoring scoring = score(query)) {
            for (int i = 0; i < scoring.candidateCount; i++) {
                int doc = scoring.candidates[i];
                if (!scoring.matchesAll(doc)) {
                    continue;
                }
                long tier = (exact != null && Arrays.binarySearch(exact, doc) >= 0) ? 2
                        : (scoring.allInNames(doc) && lettersInNames(query, doc)) ? 1 : 0;
                long key = (tier << 61) | ((long) Float.floatToIntBits(scoring.total[doc]) << NAME_RANK_BITS)
                        | (NAME_RANK_MASK - nameRanks[doc]);
                if (kept < MAX_HITS) {
                    best[kept++] = key;
                    siftUp(best, kept - 1);
                }
                else if (key > best[0]) {
                    best[0] = key;
                    siftDown(best, kept);
                }
            }
        }
        long[] ranked = Arrays.copyOf(best, kept);
        Arrays.sort(ranked);
        List<SearchHit> hits = new ArrayList<>(kept);
        for (int i = kept - 1; i >= 0; i--) {
            int doc = docOf(ranked[i]);
            float score = Float.intBitsToFloat((int) ((ranked[i] >>> NAME_RANK_BITS) & 0x7FFFFFFFL));
            hits.add(new SearchHit(entries[doc].link(), highlight(entries[doc].name(), query, false, true),
                    highlight(entries[doc].body(), query, true, false), (ranked[i] >>> 61) * TIER_BONUS + score));
        }
        return hits;
    }

    /** Whether the record's names hold every one-letter word of the query. */
    private boolean lettersInNames(Query query, int doc) {
        for (String letter : query.letters()) {
            int[] docs = lettersInNames.get(letter);
            if (docs == null || Arrays.binarySearch(docs, doc) < 0) {
                return false;
            }
        }
        return true;
    }

    private int docOf(long key) {
        return docsByNameRank[(int) (NAME_RANK_MASK - (key & NAME_RANK_MASK))];
    }

    /** Restores the heap (smallest key on top) after adding at {@code at}. */
    private static void siftUp(long[] heap, int at) {
        while (at > 0) {
            int parent = (at - 1) / 2;
            if (heap[parent] <= heap[at]) {
                return;
            }
            long swap = heap[parent];
            heap[parent] = heap[at];
            heap[at] = swap;
            at = parent;
        }
    }

    /** Restores the heap of {@code size} keys after replacing its top. */
    private static void siftDown(long[] heap, int size) {
        int at = 0;
        while (true) {
            int smallest = at;
            int left = 2 * at + 1;
            int right = left + 1;
            if (left < size && heap[left] < heap[smallest]) {
                smallest = left;
            }
            if (right < size && heap[right] < heap[smallest]) {
                smallest = right;
            }
            if (smallest == at) {
                return;
            }
            long swap = heap[smallest];
            heap[smallest] = heap[at];
            heap[at] = swap;
            at = smallest;
        }
    }

    /**
     * The records of one kind that match every word, as their places in that kind's list
     * (records of a kind are added together, in the order of their list); all of them if
     * no word can be searched, such as "a": words that narrow nothing filter nothing.
     */
    @Override
    public BitSet positionsMatching(RecordKind kind, List<String> words) {
        BitSet positions = new BitSet();
        int[] range = ranges.get(kind);
        Query query = Query.of(words);
        if (range == null) {
            return positions;
        }
        if (query.isEmpty()) {
            positions.set(0, range[1] - range[0]);
            return positions;
        }
        try (Scoring scoring = score(query)) {
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
     * The words as one lower-case phrase, to compare a query with a record's name or
     * acronym.
     */
    private static String phrase(List<String> words) {
        return String.join(" ", words).toLowerCase(Locale.ROOT);
    }

    /**
     * A searched word: as typed and as stemmed, either of which may begin a record's
     * word.
     */
    private record Word(String word, String stem) {

        boolean begins(String token) {
            return token.startsWith(word) || token.startsWith(stem);
        }
    }

    /**
     * What a search looks for: the words worth searching for (stop words such as "the"
     * are left out, as PostgreSQL does) and, apart, the one-letter words, which are
     * looked for in names only.
     */
    private record Query(List<Word> words, List<String> letters) {

        static Query of(List<String> typed) {
            List<Word> words = new ArrayList<>();
            List<String> letters = new ArrayList<>();
            for (String word : typed) {
                String lower = word.toLowerCase(Locale.ROOT);
                if (EnglishWords.isStopWord(lower)) {
                    continue;
                }
                if (lower.length() == 1) {
                    letters.add(lower);
                }
                else {
                    words.add(new Word(lower, EnglishWords.stem(lower)));
                }
            }
            return new Query(List.copyOf(words), List.copyOf(letters));
        }

        boolean isEmpty() {
            return words.isEmpty() && letters.isEmpty();
        }

        /**
         * Whether a token of a record's text is matched: one-letter words only in names,
         * and whole.
         */
        boolean matches(String token, String stem, boolean inNames) {
            for (Word word : words) {
                if (word.begins(token) || word.begins(stem)) {
                    return true;
                }
            }
            return inNames && letters.contains(token);
        }
    }

    /**
     * Scores the records for a query of at least one word. The records that match the
     * first word are the candidates; those that match every word have a score. The arrays
     * are as long as the index, so they are borrowed from a pool and given back when the
     * scoring is closed: a search at a hundred thousand programs would otherwise leave
     * megabytes of garbage behind.
     */
    private Scoring score(Query query) {
        try {
            if (!scoringPermits.tryAcquire(MAX_WAIT.toNanos(), TimeUnit.NANOSECONDS)) {
                throw new SearchBusyException();
            }
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new SearchBusyException();
        }
        Scoring scoring = scorings.poll();
        if (scoring == null) {
            scoring = new Scoring(entries.length);
        }
        try {
            return score(query, scoring);
        }
        catch (RuntimeException | Error ex) {
            scoring.close();
            throw ex;
        }
    }

    private Scoring score(Query query, Scoring scoring) {
        List<Word> words = query.words();
        if (words.isEmpty()) {
            return lettersOnly(query, scoring);
        }
        scoring.words = words.size();
        for (int position = 0; position < words.size(); position++) {
            int touchedCount = 0;
            int termCount = termsBegunBy(words.get(position), scoring);
            for (int t = 0; t < termCount; t++) {
                for (int posting : postings[scoring.terms[t]]) {
                    int doc = posting >>> 8;
                    if (scoring.matchedWords[doc] != position) {
                        continue;
                    }
                    // Every weight is positive, so a zero says the record has not matched
                    // this word yet.
                    if (scoring.wordWeight[doc] == 0) {
                        scoring.touched[touchedCount++] = doc;
                    }
                    scoring.wordWeight[doc] += WEIGHT_STEP * (posting & WEIGHT_BITS);
                    if ((posting & IN_NAMES) != 0) {
                        scoring.wordInNames[doc] = true;
                    }
                }
            }
            for (int i = 0; i < touchedCount; i++) {
                int doc = scoring.touched[i];
                scoring.matchedWords[doc]++;
                scoring.total[doc] += scoring.wordWeight[doc];
                scoring.wordWeight[doc] = 0;
                if (scoring.wordInNames[doc]) {
                    scoring.namedWords[doc]++;
                    scoring.wordInNames[doc] = false;
                }
            }
            if (position == 0) {
                System.arraycopy(scoring.touched, 0, scoring.candidates, 0, touchedCount);
                scoring.candidateCount = touchedCount;
            }
        }
        return scoring;
    }

    /**
     * A query of one-letter words alone, such as "T": the records whose names hold them
     * all, unscored.
     */
    private Scoring lettersOnly(Query query, Scoring scoring) {
        scoring.words = 0;
        int[] docs = lettersInNames.getOrDefault(query.letters().get(0), new int[0]);
        for (int doc : docs) {
            if (lettersInNames(query, doc)) {
                scoring.candidates[scoring.candidateCount++] = doc;
            }
        }
        return scoring;
    }

    /**
     * A search is all CPU, so a few at a time per core is as fast as any more. Their work
     * arrays, three bytes and four 4-byte numbers per record (about 6 MB at 300,000
     * records), are made at most that many times and kept: a search beyond them waits, at
     * most {@link #MAX_WAIT}, for one to finish rather than allocating arrays that size,
     * which under load churned the heap and put pauses into the slowest responses.
     */
    private static final int CONCURRENT_SCORINGS = Math.max(2, 2 * Runtime.getRuntime().availableProcessors());

    /**
     * How long a search waits for another to finish before it gives up with
     * {@link SearchBusyException}: a search at 100,000 programs takes a few milliseconds,
     * so a wait this long means a flood.
     */
    static final Duration MAX_WAIT = Duration.ofMillis(250);

    /** Package-private so that a test can hold every permit and see a search give up. */
    final Semaphore scoringPermits = new Semaphore(CONCURRENT_SCORINGS);

    private final ConcurrentLinkedQueue<Scoring> scorings = new ConcurrentLinkedQueue<>();

    /**
     * The work arrays of one search. Only the candidates' entries are ever set, and they
     * are cleared on close.
     */
    private final class Scoring implements AutoCloseable {

        final float[] total;

        final byte[] matchedWords;

        /**
         * How many of the searched words each record has in its names, and whether it has
         * the current one.
         */
        final byte[] namedWords;

        final boolean[] wordInNames;

        final float[] wordWeight;

        final int[] touched;

        final int[] candidates;

        int candidateCount;

        int words;

        /**
         * The dictionary words one searched word matches; grows as a short prefix needs.
         */
        int[] terms = new int[64];

        Scoring(int size) {
            total = new float[size];
            matchedWords = new byte[size];
            namedWords = new byte[size];
            wordInNames = new boolean[size];
            wordWeight = new float[size];
            touched = new int[size];
            candidates = new int[size];
        }

        boolean matchesAll(int doc) {
            return matchedWords[doc] == words;
        }

        boolean allInNames(int doc) {
            return namedWords[doc] == words;
        }

        @Override
        public void close() {
            for (int i = 0; i < candidateCount; i++) {
                total[candidates[i]] = 0;
                matchedWords[candidates[i]] = 0;
                namedWords[candidates[i]] = 0;
            }
            candidateCount = 0;
            scorings.offer(this);
            scoringPermits.release();
        }

    }

    /**
     * Puts into {@code scoring.terms} the dictionary words that, or whose stems, begin
     * with the word as typed or with its stem, each once, and gives their number.
     */
    private int termsBegunBy(Word query, Scoring scoring) {
        int count = 0;
        if (query.word().startsWith(query.stem())) {
            count = addTermsBegunBy(query.stem(), scoring, count);
        }
        else if (query.stem().startsWith(query.word())) {
            count = addTermsBegunBy(query.word(), scoring, count);
        }
        else {
            count = addTermsBegunBy(query.word(), scoring, count);
            count = addTermsBegunBy(query.stem(), scoring, count);
        }
        Arrays.sort(scoring.terms, 0, count);
        int unique = 0;
        for (int i = 0; i < count; i++) {
            if (unique == 0 || scoring.terms[unique - 1] != scoring.terms[i]) {
                scoring.terms[unique++] = scoring.terms[i];
            }
        }
        return unique;
    }

    private int addTermsBegunBy(String prefix, Scoring scoring, int count) {
        int at = Arrays.binarySearch(terms, prefix);
        for (int term = (at >= 0) ? at : -at - 1; term < terms.length && terms[term].startsWith(prefix); term++) {
            count = addTerm(scoring, count, term);
        }
        at = Arrays.binarySearch(stemTerms, prefix);
        for (int stem = (at >= 0) ? at : -at - 1; stem < stemTerms.length
                && stemTerms[stem].startsWith(prefix); stem++) {
            for (int term : termsByStem[stem]) {
                count = addTerm(scoring, count, term);
            }
        }
        return count;
    }

    private static int addTerm(Scoring scoring, int count, int term) {
        if (count == scoring.terms.length) {
            scoring.terms = Arrays.copyOf(scoring.terms, 2 * count);
        }
        scoring.terms[count] = term;
        return count + 1;
    }

    /**
     * The text with the words that match marked. A name is given whole; a description
     * longer than {@value #WHOLE_SNIPPET_WORDS} words is cut to at most
     * {@value #MAX_FRAGMENTS} passages of {@value #SNIPPET_WORDS} words around its
     * matches.
     */
    private Highlighted highlight(String text, Query query, boolean snippet, boolean names) {
        List<Token> tokens = Token.of(text);
        boolean[] matches = new boolean[tokens.size()];
        for (int i = 0; i < tokens.size(); i++) {
            String word = tokens.get(i).text().toLowerCase(Locale.ROOT);
            String known = stems.get(word);
            String stem = (known != null) ? known : EnglishWords.stem(word);
            matches[i] = query.matches(word, stem, names);
        }
        if (!snippet || tokens.size() <= WHOLE_SNIPPET_WORDS) {
            return marked(text, tokens, matches, 0, tokens.size());
        }
        List<int[]> fragments = new ArrayList<>();
        for (int i = 0; i < tokens.size() && fragments.size() < MAX_FRAGMENTS; i++) {
            boolean covered = !fragments.isEmpty() && i < fragments.get(fragments.size() - 1)[1];
            if (matches[i] && !covered) {
                int start = Math.max(0, i - SNIPPET_WORDS / 3);
                if (!fragments.isEmpty()) {
                    start = Math.max(start, fragments.get(fragments.size() - 1)[1]);
                }
                fragments.add(new int[] { start, Math.min(tokens.size(), start + SNIPPET_WORDS) });
            }
        }
        if (fragments.isEmpty()) {
            fragments.add(new int[] { 0, SNIPPET_WORDS });
        }
        List<Highlighted.Part> parts = new ArrayList<>();
        for (int[] fragment : fragments) {
            if (!parts.isEmpty()) {
                parts.add(new Highlighted.Part(FRAGMENT_DELIMITER, false));
            }
            parts.addAll(marked(text, tokens, matches, fragment[0], fragment[1]).parts());
        }
        return new Highlighted(List.copyOf(parts));
    }

    /**
     * The text from token {@code from} to the end of token {@code to - 1}, matched tokens
     * as their own parts.
     */
    private static Highlighted marked(String text, List<Token> tokens, boolean[] matches, int from, int to) {
        List<Highlighted.Part> parts = new ArrayList<>();
        boolean whole = (from == 0 && to == tokens.size());
        int at = (whole || tokens.isEmpty()) ? 0 : tokens.get(from).start();
        int end = (whole || tokens.isEmpty()) ? text.length() : tokens.get(to - 1).end();
        for (int i = from; i < to; i++) {
            if (matches[i]) {
                Token token = tokens.get(i);
                if (token.start() > at) {
                    parts.add(new Highlighted.Part(text.substring(at, token.start()), false));
                }
                parts.add(new Highlighted.Part(token.text(), true));
                at = token.end();
            }
        }
        if (end > at) {
            parts.add(new Highlighted.Part(text.substring(at, end), false));
        }
        return new Highlighted(List.copyOf(parts));
    }

    /** A run of letters and digits in a text, and where it is. */
    record Token(String text, int start, int end) {

        static List<Token> of(String text) {
            List<Token> tokens = new ArrayList<>();
            int start = -1;
            for (int i = 0; i <= text.length(); i++) {
                boolean wordChar = i < text.length() && Character.isLetterOrDigit(text.charAt(i));
                if (wordChar && start < 0) {
                    start = i;
                }
                else if (!wordChar && start >= 0) {
                    tokens.add(new Token(text.substring(start, i), start, i));
                    start = -1;
                }
            }
            return tokens;
        }
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Collects the records' texts, then freezes them into an index. Not thread-safe. */
    public static final class Builder {

        private final List<Entry> entries = new ArrayList<>();

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
        public Builder add(RecordLink link, String name, String names, String body, String extra) {
            int doc = entries.size();
            int[] range = ranges.computeIfAbsent(link.kind(), kind -> new int[] { doc, doc });
            if (range[1] != doc) {
                throw new IllegalStateException("The records of a kind must be added together: " + link);
            }
            range[1] = doc + 1;
            entries.add(new Entry(link, name, body));
            Map<String, int[]> terms = new LinkedHashMap<>();
            collect(terms, names, NAMES, doc);
            collect(terms, body, BODY, doc);
            collect(terms, extra, EXTRA, doc);
            terms.forEach((term, occurrences) -> {
                int steps = 0;
                for (int field = 0; field < occurrences.length; field++) {
                    steps += WEIGHTS[field] * Math.min(occurrences[field], MAX_OCCURRENCES);
                }
                int named = (occurrences[NAMES] > 0) ? IN_NAMES : 0;
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
                IntList docs = exactMatches.computeIfAbsent(phrase(words), key -> new IntList());
                if (docs.size == 0 || docs.values[docs.size - 1] != doc) {
                    docs.add(doc);
                }
            }
        }

        /**
         * Counts the occurrences of each word of the text in the field; a one-letter word
         * is kept only where it is in the names.
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
                        IntList docs = lettersInNames.computeIfAbsent(word, key -> new IntList());
                        if (docs.size == 0 || docs.values[docs.size - 1] != doc) {
                            docs.add(doc);
                        }
                    }
                    continue;
                }
                stems.computeIfAbsent(word, EnglishWords::stem);
                terms.computeIfAbsent(word, key -> new int[WEIGHTS.length])[field]++;
            }
        }

        public SearchIndex build() {
            String[] terms = postings.keySet().toArray(String[]::new);
            Arrays.sort(terms);
            int[][] lists = new int[terms.length][];
            Map<String, IntList> byStem = new HashMap<>();
            for (int i = 0; i < terms.length; i++) {
                lists[i] = postings.get(terms[i]).toArray();
                byStem.computeIfAbsent(stems.get(terms[i]), key -> new IntList()).add(i);
            }
            String[] stemTerms = byStem.keySet().toArray(String[]::new);
            Arrays.sort(stemTerms);
            int[][] termsByStem = new int[stemTerms.length][];
            for (int i = 0; i < stemTerms.length; i++) {
                termsByStem[i] = byStem.get(stemTerms[i]).toArray();
            }
            Map<String, int[]> exact = new HashMap<>();
            exactMatches.forEach((phrase, matches) -> exact.put(phrase, matches.toArray()));
            Map<String, int[]> letters = new HashMap<>();
            lettersInNames.forEach((letter, docs) -> letters.put(letter, docs.toArray()));
            return new SearchIndex(entries.toArray(Entry[]::new), terms, lists, stemTerms, termsByStem,
                    Map.copyOf(exact), Map.copyOf(letters), Map.copyOf(stems), spelling.build(), new EnumMap<>(ranges));
        }

    }

    /** A growing list of ints, without boxing. */
    static final class IntList {

        private int[] values = new int[4];

        private int size;

        void add(int value) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = value;
        }

        int[] toArray() {
            return Arrays.copyOf(values, size);
        }

    }

}
