-- The history of every record, kept by the write path (issue 14). A revision is one field of one
-- record changed by an editor: when, by whom, the value before and after, why, and the source that
-- says the new value is right. A check is an editor confirming that a whole record still agrees
-- with a source, which changes nothing but the record's "last checked by a person" date.
--
-- Both are append-only: the database refuses to change or delete a row, so the public history can
-- be trusted even by someone who does not trust the application. Restoring an earlier value is a new
-- revision. Both are shown on the record's public page, so adding one moves the data version.

-- The kinds of record an editor can change, as RecordKind's slugs name them.
CREATE DOMAIN record_kind AS text
    CHECK (VALUE IN ('department', 'agency', 'program', 'task-force', 'hotline', 'relief-type', 'source'));

CREATE TABLE revision (
    id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    -- The revisions one editor saved together, as one edit of one record, share an edit number.
    edit_id      bigint        NOT NULL,
    record_kind  record_kind   NOT NULL,
    record_id    bigint        NOT NULL,
    -- The field as the editor's form and the history name it, such as "description" or
    -- "channel-2-value".
    field        text          NOT NULL CHECK (field ~ '^[a-z][a-z0-9]*(-[a-z0-9]+)*$' AND length(field) <= 80),
    -- Null where the field had no value before (or has none after).
    value_before text          CHECK (length(value_before) <= 10000),
    value_after  text          CHECK (length(value_after) <= 10000),
    reason       nonblank_text NOT NULL CHECK (length(reason) <= 1000),
    source_id    bigint        NOT NULL REFERENCES source (id),
    editor       nonblank_text NOT NULL CHECK (length(editor) <= 80),
    made_at      timestamptz   NOT NULL DEFAULT clock_timestamp(),
    CHECK (value_before IS DISTINCT FROM value_after)
);

CREATE SEQUENCE revision_edit_id_seq AS bigint OWNED BY revision.edit_id;

CREATE INDEX revision_record_idx ON revision (record_kind, record_id, made_at);
CREATE INDEX revision_made_at_idx ON revision (made_at);
CREATE INDEX revision_source_idx ON revision (source_id);

CREATE TABLE record_check (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    record_kind record_kind   NOT NULL,
    record_id   bigint        NOT NULL,
    source_id   bigint        NOT NULL REFERENCES source (id),
    editor      nonblank_text NOT NULL CHECK (length(editor) <= 80),
    note        nonblank_text CHECK (length(note) <= 1000),
    checked_at  timestamptz   NOT NULL DEFAULT clock_timestamp()
);

CREATE INDEX record_check_record_idx ON record_check (record_kind, record_id, checked_at);
CREATE INDEX record_check_source_idx ON record_check (source_id);

CREATE FUNCTION refuse_history_change() RETURNS trigger
    LANGUAGE plpgsql AS
$$
BEGIN
    RAISE EXCEPTION '% rows are never changed or deleted', TG_TABLE_NAME
        USING ERRCODE = 'restrict_violation',
              HINT = 'record a new revision instead';
END
$$;

CREATE TRIGGER revision_is_append_only
    BEFORE UPDATE OR DELETE ON revision
    FOR EACH ROW EXECUTE FUNCTION refuse_history_change();
CREATE TRIGGER revision_is_never_truncated
    BEFORE TRUNCATE ON revision
    FOR EACH STATEMENT EXECUTE FUNCTION refuse_history_change();
CREATE TRIGGER record_check_is_append_only
    BEFORE UPDATE OR DELETE ON record_check
    FOR EACH ROW EXECUTE FUNCTION refuse_history_change();
CREATE TRIGGER record_check_is_never_truncated
    BEFORE TRUNCATE ON record_check
    FOR EACH STATEMENT EXECUTE FUNCTION refuse_history_change();

CREATE TRIGGER revision_bumps_data_version
    AFTER INSERT ON revision
    FOR EACH STATEMENT EXECUTE FUNCTION bump_data_version();
CREATE TRIGGER record_check_bumps_data_version
    AFTER INSERT ON record_check
    FOR EACH STATEMENT EXECUTE FUNCTION bump_data_version();
