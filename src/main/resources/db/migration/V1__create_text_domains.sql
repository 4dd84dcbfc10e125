-- Shared rules for the text columns of every directory table.

-- URL slugs: lower-case words joined by single hyphens.
CREATE DOMAIN slug AS text
    CHECK (VALUE ~ '^[a-z0-9]+(-[a-z0-9]+)*$' AND length(VALUE) <= 80);

-- Text that must say something: no empty or all-blank strings, no stray outer spaces.
CREATE DOMAIN nonblank_text AS text
    CHECK (btrim(VALUE) <> '' AND VALUE = btrim(VALUE));

-- Links out of the directory: absolute and encrypted.
CREATE DOMAIN web_address AS text
    CHECK (VALUE ~ '^https://[a-z0-9.-]+\.[a-z]{2,}(/[^\s]*)?$');
