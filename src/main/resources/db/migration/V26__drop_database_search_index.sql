-- Search moved into the application's read model (issue 7): it answers from memory, through a
-- database outage too, and always matches the data version the pages show. The materialized views
-- that PostgreSQL searched, and their query function, go. The pg_trgm extension stays: dropping an
-- extension needs its owner, who may not be this migration's user.
DROP MATERIALIZED VIEW search_word;
DROP MATERIALIZED VIEW search_entry;
DROP FUNCTION directory_search_query(text[]);
