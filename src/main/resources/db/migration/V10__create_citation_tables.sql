-- Which sources support each record. A record must have at least one: the deferred triggers below
-- refuse, at commit, a record without a citation or a change that takes its last one away.

CREATE TABLE department_source (
    department_id bigint NOT NULL REFERENCES department (id) ON DELETE CASCADE,
    source_id     bigint NOT NULL REFERENCES source (id),
    PRIMARY KEY (department_id, source_id)
);

CREATE TABLE component_source (
    component_id bigint NOT NULL REFERENCES component (id) ON DELETE CASCADE,
    source_id    bigint NOT NULL REFERENCES source (id),
    PRIMARY KEY (component_id, source_id)
);

CREATE TABLE program_source (
    program_id bigint NOT NULL REFERENCES program (id) ON DELETE CASCADE,
    source_id  bigint NOT NULL REFERENCES source (id),
    PRIMARY KEY (program_id, source_id)
);

CREATE TABLE task_force_source (
    task_force_id bigint NOT NULL REFERENCES task_force (id) ON DELETE CASCADE,
    source_id     bigint NOT NULL REFERENCES source (id),
    PRIMARY KEY (task_force_id, source_id)
);

CREATE TABLE hotline_source (
    hotline_id bigint NOT NULL REFERENCES hotline (id) ON DELETE CASCADE,
    source_id  bigint NOT NULL REFERENCES source (id),
    PRIMARY KEY (hotline_id, source_id)
);

CREATE TABLE relief_type_source (
    relief_type_id bigint NOT NULL REFERENCES relief_type (id) ON DELETE CASCADE,
    source_id      bigint NOT NULL REFERENCES source (id),
    PRIMARY KEY (relief_type_id, source_id)
);

-- The source pages list every record a source supports.
CREATE INDEX department_source_source_idx ON department_source (source_id);
CREATE INDEX component_source_source_idx ON component_source (source_id);
CREATE INDEX program_source_source_idx ON program_source (source_id);
CREATE INDEX task_force_source_source_idx ON task_force_source (source_id);
CREATE INDEX hotline_source_source_idx ON hotline_source (source_id);
CREATE INDEX relief_type_source_source_idx ON relief_type_source (source_id);

-- Arguments: the record table, its citation table, and the citation column naming the record.
-- Fired on the record table after an insert, and on the citation table after a delete or update.
CREATE FUNCTION require_citation() RETURNS trigger
    LANGUAGE plpgsql AS
$$
DECLARE
    record_table   text := TG_ARGV[0];
    citation_table text := TG_ARGV[1];
    record_column  text := TG_ARGV[2];
    record_id      bigint;
    still_exists   boolean;
    cited          boolean;
BEGIN
    IF TG_TABLE_NAME = record_table THEN
        record_id := NEW.id;
    ELSE
        record_id := (to_jsonb(OLD) ->> record_column)::bigint;
    END IF;
    EXECUTE format('SELECT EXISTS (SELECT 1 FROM %I WHERE id = $1)', record_table)
        INTO still_exists USING record_id;
    IF NOT still_exists THEN
        RETURN NULL;
    END IF;
    EXECUTE format('SELECT EXISTS (SELECT 1 FROM %I WHERE %I = $1)', citation_table, record_column)
        INTO cited USING record_id;
    IF NOT cited THEN
        RAISE EXCEPTION '% % cites no source', record_table, record_id
            USING ERRCODE = 'check_violation',
                  HINT = format('insert a row into %s in the same transaction', citation_table);
    END IF;
    RETURN NULL;
END
$$;

CREATE CONSTRAINT TRIGGER department_cites_a_source
    AFTER INSERT ON department DEFERRABLE INITIALLY DEFERRED
    FOR EACH ROW EXECUTE FUNCTION require_citation('department', 'department_source', 'department_id');
CREATE CONSTRAINT TRIGGER department_keeps_a_source
    AFTER DELETE OR UPDATE ON department_source DEFERRABLE INITIALLY DEFERRED
    FOR EACH ROW EXECUTE FUNCTION require_citation('department', 'department_source', 'department_id');

CREATE CONSTRAINT TRIGGER component_cites_a_source
    AFTER INSERT ON component DEFERRABLE INITIALLY DEFERRED
    FOR EACH ROW EXECUTE FUNCTION require_citation('component', 'component_source', 'component_id');
CREATE CONSTRAINT TRIGGER component_keeps_a_source
    AFTER DELETE OR UPDATE ON component_source DEFERRABLE INITIALLY DEFERRED
    FOR EACH ROW EXECUTE FUNCTION require_citation('component', 'component_source', 'component_id');

CREATE CONSTRAINT TRIGGER program_cites_a_source
    AFTER INSERT ON program DEFERRABLE INITIALLY DEFERRED
    FOR EACH ROW EXECUTE FUNCTION require_citation('program', 'program_source', 'program_id');
CREATE CONSTRAINT TRIGGER program_keeps_a_source
    AFTER DELETE OR UPDATE ON program_source DEFERRABLE INITIALLY DEFERRED
    FOR EACH ROW EXECUTE FUNCTION require_citation('program', 'program_source', 'program_id');

CREATE CONSTRAINT TRIGGER task_force_cites_a_source
    AFTER INSERT ON task_force DEFERRABLE INITIALLY DEFERRED
    FOR EACH ROW EXECUTE FUNCTION require_citation('task_force', 'task_force_source', 'task_force_id');
CREATE CONSTRAINT TRIGGER task_force_keeps_a_source
    AFTER DELETE OR UPDATE ON task_force_source DEFERRABLE INITIALLY DEFERRED
    FOR EACH ROW EXECUTE FUNCTION require_citation('task_force', 'task_force_source', 'task_force_id');

CREATE CONSTRAINT TRIGGER hotline_cites_a_source
    AFTER INSERT ON hotline DEFERRABLE INITIALLY DEFERRED
    FOR EACH ROW EXECUTE FUNCTION require_citation('hotline', 'hotline_source', 'hotline_id');
CREATE CONSTRAINT TRIGGER hotline_keeps_a_source
    AFTER DELETE OR UPDATE ON hotline_source DEFERRABLE INITIALLY DEFERRED
    FOR EACH ROW EXECUTE FUNCTION require_citation('hotline', 'hotline_source', 'hotline_id');

CREATE CONSTRAINT TRIGGER relief_type_cites_a_source
    AFTER INSERT ON relief_type DEFERRABLE INITIALLY DEFERRED
    FOR EACH ROW EXECUTE FUNCTION require_citation('relief_type', 'relief_type_source', 'relief_type_id');
CREATE CONSTRAINT TRIGGER relief_type_keeps_a_source
    AFTER DELETE OR UPDATE ON relief_type_source DEFERRABLE INITIALLY DEFERRED
    FOR EACH ROW EXECUTE FUNCTION require_citation('relief_type', 'relief_type_source', 'relief_type_id');
