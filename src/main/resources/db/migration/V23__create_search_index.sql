-- Full-text search over every kind of record.
CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- One row per record. A record's names and acronyms weigh most (A), its description next (B), the
-- rest least (C). Each text is indexed twice: stemmed ('english', so "trafficked" finds
-- "trafficking") and as written ('simple', so a prefix such as "investigat" still finds
-- "investigation"). Acronyms are also indexed with their punctuation as spaces ("J/TIP" as "J TIP").
CREATE MATERIALIZED VIEW search_entry AS
WITH record (kind, record_id, slug, name, names, body, extra) AS (
    SELECT 'department', id, slug, name,
           concat_ws(' ', name, acronym, regexp_replace(acronym, '[^A-Za-z0-9]+', ' ', 'g')),
           description, concat_ws(' ', source_note)
    FROM department
    UNION ALL
    SELECT 'agency', id, slug, name,
           concat_ws(' ', name, acronym, regexp_replace(acronym, '[^A-Za-z0-9]+', ' ', 'g')),
           description, concat_ws(' ', source_note)
    FROM component
    UNION ALL
    SELECT 'program', id, slug, name,
           concat_ws(' ', name, acronym, regexp_replace(acronym, '[^A-Za-z0-9]+', ' ', 'g')),
           description, concat_ws(' ', source_note)
    FROM program
    UNION ALL
    SELECT 'task-force', id, slug, name,
           concat_ws(' ', name, acronym, regexp_replace(acronym, '[^A-Za-z0-9]+', ' ', 'g')),
           description, concat_ws(' ', other_participants, source_note)
    FROM task_force
    UNION ALL
    SELECT 'hotline', h.id, h.slug, h.name, h.name, h.description,
           concat_ws(' ', h.audience, h.languages, h.source_note,
                     (SELECT string_agg(c.display_value, ' ') FROM hotline_channel c WHERE c.hotline_id = h.id))
    FROM hotline h
    UNION ALL
    SELECT 'relief-type', id, slug, name, concat_ws(' ', name, short_name), description,
           concat_ws(' ', eligibility, requested_by, provides, source_note)
    FROM relief_type
    UNION ALL
    SELECT 'source', id, slug, title, title, summary, publisher
    FROM source
)
SELECT kind, record_id, slug, name, names, body,
       setweight(to_tsvector('english', names), 'A') || setweight(to_tsvector('simple', names), 'A')
           || setweight(to_tsvector('english', body), 'B') || setweight(to_tsvector('simple', body), 'B')
           || setweight(to_tsvector('english', extra), 'C') || setweight(to_tsvector('simple', extra), 'C')
           AS document
FROM record;

CREATE UNIQUE INDEX search_entry_key ON search_entry (kind, record_id);
CREATE INDEX search_entry_document_idx ON search_entry USING gin (document);

-- Every word the records use, for suggesting a correction when a search word matches nothing
-- ("Custums" -> "customs").
CREATE MATERIALIZED VIEW search_word AS
SELECT DISTINCT word
FROM search_entry, regexp_split_to_table(lower(names || ' ' || body), '[^a-z0-9]+') AS word
WHERE length(word) >= 3;

CREATE UNIQUE INDEX search_word_key ON search_word (word);
CREATE INDEX search_word_trigram_idx ON search_word USING gin (word gin_trgm_ops);

-- The query for a list of lower-case search words: every word must match, each either as the prefix
-- of a stem or as the prefix of a word as written. Stop words are dropped; NULL if none is left.
CREATE FUNCTION directory_search_query(words text[]) RETURNS tsquery
    LANGUAGE sql STABLE AS
$$
    SELECT to_tsquery('simple', string_agg(
               format('(%s:* | %s:*)', quote_literal((ts_lexize('english_stem', word))[1]), quote_literal(word)),
               ' & '))
    FROM unnest(words) AS word
    WHERE cardinality(ts_lexize('english_stem', word)) > 0
$$;
