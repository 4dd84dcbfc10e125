-- The seed migrations name records by slug. This look-up fails loudly on a slug that does not
-- exist, where a plain sub-select would quietly give NULL.
CREATE FUNCTION id_for(record_table regclass, record_slug text) RETURNS bigint
    LANGUAGE plpgsql STABLE AS
$$
DECLARE
    found_id bigint;
BEGIN
    EXECUTE format('SELECT id FROM %s WHERE slug = $1', record_table) INTO found_id USING record_slug;
    IF found_id IS NULL THEN
        RAISE EXCEPTION 'no % with slug "%"', record_table, record_slug
            USING ERRCODE = 'no_data_found';
    END IF;
    RETURN found_id;
END
$$;
