-- The version of the directory's data. Every change to a table the site shows, whether made by a
-- migration, an editor or an operator with psql, bumps it in the same transaction and notifies the
-- running instances, which rebuild their read model and start answering with new ETags.
CREATE TABLE data_version (
    -- One row only.
    singleton  boolean     PRIMARY KEY DEFAULT true CHECK (singleton),
    version    bigint      NOT NULL CHECK (version > 0),
    changed_at timestamptz NOT NULL
);

INSERT INTO data_version (version, changed_at) VALUES (1, clock_timestamp());

-- A statement-level trigger: a migration inserting a thousand rows bumps the version once per
-- statement, not once per row. The notification is delivered when the transaction commits, and
-- PostgreSQL folds identical notifications of one transaction into one.
CREATE FUNCTION bump_data_version() RETURNS trigger
    LANGUAGE plpgsql AS
$$
BEGIN
    UPDATE data_version SET version = version + 1, changed_at = clock_timestamp();
    PERFORM pg_notify('directory_data_changed', '');
    RETURN NULL;
END
$$;

DO
$$
DECLARE
    data_table text;
BEGIN
    FOREACH data_table IN ARRAY ARRAY[
        'source', 'function', 'department', 'component', 'task_force', 'task_force_scope',
        'task_force_member', 'program', 'program_component', 'hotline', 'hotline_purpose',
        'hotline_channel', 'relief_type', 'relief_type_component', 'program_function',
        'task_force_function', 'component_function', 'figure', 'department_source', 'component_source',
        'program_source', 'task_force_source', 'hotline_source', 'relief_type_source']
    LOOP
        EXECUTE format('CREATE TRIGGER %I AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON %I '
                       'FOR EACH STATEMENT EXECUTE FUNCTION bump_data_version()',
                       data_table || '_bumps_data_version', data_table);
    END LOOP;
END
$$;
