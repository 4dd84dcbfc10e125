-- The records change only through migrations, so the search index is rebuilt after each migrate run
-- (a few milliseconds for a directory of this size).
REFRESH MATERIALIZED VIEW search_entry;
REFRESH MATERIALIZED VIEW search_word;
