package org.antitrafficking.directory.search;

import java.util.List;
import java.util.Optional;

import org.antitrafficking.directory.system.SlugEnumConverter;
import org.antitrafficking.directory.web.RecordKind;
import org.antitrafficking.directory.web.RecordLink;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Reads the {@code search_entry} and {@code search_word} views (migration V23) with PostgreSQL's full
 * text search and trigram similarity.
 */
@Repository
public class SearchRepository {

    private static final String HEADLINE_MARKS = "StartSel=" + Highlighted.START + ", StopSel=" + Highlighted.STOP;

    private static final int MAX_HITS = 100;

    static final double MIN_SIMILARITY = 0.4;

    private final JdbcClient jdbc;

    SearchRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Records matching every word, best first; {@code words} must not be empty. */
    List<SearchHit> find(List<String> words) {
        return jdbc.sql("""
                WITH q AS (SELECT directory_search_query(ARRAY[:words]::text[]) AS query)
                SELECT e.kind, e.slug, e.name,
                       ts_headline('simple', e.name, q.query, :nameOptions) AS marked_name,
                       ts_headline('simple', e.body, q.query, :snippetOptions) AS marked_snippet,
                       ts_rank_cd(e.document, q.query) AS rank
                FROM search_entry e CROSS JOIN q
                WHERE e.document @@ q.query
                ORDER BY rank DESC, e.name
                LIMIT :limit""")
            .param("words", words)
            .param("nameOptions", "HighlightAll=true, " + HEADLINE_MARKS)
            .param("snippetOptions", "MaxWords=60, MinWords=30, MaxFragments=2, FragmentDelimiter=\" … \", " + HEADLINE_MARKS)
            .param("limit", MAX_HITS)
            .query((row, number) -> new SearchHit(
                    new RecordLink(kindOf(row.getString("kind")), row.getString("slug"), row.getString("name"), null),
                    Highlighted.parse(row.getString("marked_name")), Highlighted.parse(row.getString("marked_snippet")),
                    row.getDouble("rank")))
            .list();
    }

    /** The ids of the records of one kind that match every word; {@code words} must not be empty. */
    List<Long> findIds(RecordKind kind, List<String> words) {
        return jdbc.sql("""
                SELECT record_id FROM search_entry
                WHERE kind = :kind AND document @@ directory_search_query(ARRAY[:words]::text[])""")
            .param("kind", kind.slug())
            .param("words", words)
            .query(Long.class)
            .list();
    }

    boolean isKnownWord(String word) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM search_word WHERE word = :word)")
            .param("word", word)
            .query(Boolean.class)
            .single();
    }

    /**
     * The directory's word most like {@code word} by trigram similarity, if any is similar enough: the
     * index finds candidates above pg_trgm's default threshold (0.3), and only those at least
     * {@value #MIN_SIMILARITY} alike are taken, so "custums" becomes "customs" but "xylophone" does
     * not become "phone".
     */
    Optional<String> closestWord(String word) {
        return jdbc.sql("""
                SELECT word FROM search_word WHERE word % :word AND similarity(word, :word) >= :minimum
                ORDER BY similarity(word, :word) DESC, word LIMIT 1""")
            .param("word", word)
            .param("minimum", MIN_SIMILARITY)
            .query(String.class)
            .optional();
    }

    private static RecordKind kindOf(String slug) {
        return SlugEnumConverter.fromSlug(RecordKind.class, slug).orElseThrow();
    }
}
