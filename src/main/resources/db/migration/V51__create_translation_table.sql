-- The directory in Spanish (issue 15): the text people act on, translated field by field. One row is
-- one field of one record in one language other than English, with when and by whom it was written
-- and the SHA-256 of the English text it translates, as that text was then. When the English changes,
-- the hash no longer matches: the translation needs review, and until an editor reviews it the page
-- in that language shows the current English, marked as English, never the outdated translation.
-- Interface text is in messages_es.properties; names, numbers and addresses are never translated.
CREATE TABLE translation (
    id             bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    record_kind    record_kind   NOT NULL,
    record_id      bigint        NOT NULL,
    -- The field as the editors' form and the history name it: "description", "hours",
    -- "channel-2-instructions", "figure-1-label".
    field          text          NOT NULL CHECK (field ~ '^[a-z][a-z0-9]*(-[a-z0-9]+)*$' AND length(field) <= 80),
    language       text          NOT NULL CHECK (language IN ('es')),
    text           nonblank_text NOT NULL CHECK (length(text) <= 10000),
    english_sha256 text          NOT NULL CHECK (english_sha256 ~ '^[0-9a-f]{64}$'),
    written_at     timestamptz   NOT NULL DEFAULT clock_timestamp(),
    written_by     nonblank_text NOT NULL CHECK (length(written_by) <= 80),
    UNIQUE (record_kind, record_id, field, language)
);

CREATE TRIGGER translation_bumps_data_version
    AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON translation
    FOR EACH STATEMENT EXECUTE FUNCTION bump_data_version();

-- Every field that is translated, with its current English text: what a translation is checked
-- against (current when english_sha256 is the hash of this text), what the editors' queue lists,
-- and what the read model joins. A field with no English text has nothing to translate.
CREATE VIEW translatable_text AS
SELECT record_kind, record_id, slug, field, english
FROM (
    SELECT 'department'::record_kind AS record_kind, id AS record_id, slug::text AS slug,
           'description'::text AS field, description::text AS english
    FROM department
    UNION ALL SELECT 'agency', id, slug, 'description', description FROM component
    UNION ALL SELECT 'program', id, slug, 'description', description FROM program
    UNION ALL SELECT 'task-force', id, slug, 'description', description FROM task_force
    UNION ALL SELECT 'task-force', id, slug, 'other-participants', other_participants FROM task_force
    UNION ALL SELECT 'hotline', id, slug, 'description', description FROM hotline
    UNION ALL SELECT 'hotline', id, slug, 'audience', audience FROM hotline
    UNION ALL SELECT 'hotline', id, slug, 'hours', hours FROM hotline
    UNION ALL SELECT 'hotline', id, slug, 'languages', languages FROM hotline
    UNION ALL SELECT 'hotline', id, slug, 'law-enforcement-note', law_enforcement_note FROM hotline
    UNION ALL SELECT 'hotline', h.id, h.slug, 'channel-' || c.position || '-instructions', c.instructions
              FROM hotline_channel c JOIN hotline h ON h.id = c.hotline_id
    UNION ALL SELECT 'relief-type', id, slug, 'description', description FROM relief_type
    UNION ALL SELECT 'relief-type', id, slug, 'eligibility', eligibility FROM relief_type
    UNION ALL SELECT 'relief-type', id, slug, 'requested-by', requested_by FROM relief_type
    UNION ALL SELECT 'relief-type', id, slug, 'provides', provides FROM relief_type
    UNION ALL SELECT 'relief-type', id, slug, 'annual-limit', annual_limit FROM relief_type
    UNION ALL SELECT 'department', d.id, d.slug, 'figure-' || f.position || '-' || part.name, part.text
              FROM figure f JOIN department d ON d.id = f.department_id,
                   LATERAL (VALUES ('label', f.label), ('value', f.value)) AS part (name, text)
    UNION ALL SELECT 'agency', a.id, a.slug, 'figure-' || f.position || '-' || part.name, part.text
              FROM figure f JOIN component a ON a.id = f.component_id,
                   LATERAL (VALUES ('label', f.label), ('value', f.value)) AS part (name, text)
    UNION ALL SELECT 'program', p.id, p.slug, 'figure-' || f.position || '-' || part.name, part.text
              FROM figure f JOIN program p ON p.id = f.program_id,
                   LATERAL (VALUES ('label', f.label), ('value', f.value)) AS part (name, text)
    UNION ALL SELECT 'task-force', t.id, t.slug, 'figure-' || f.position || '-' || part.name, part.text
              FROM figure f JOIN task_force t ON t.id = f.task_force_id,
                   LATERAL (VALUES ('label', f.label), ('value', f.value)) AS part (name, text)
) AS field
WHERE english IS NOT NULL;

-- The hash a translation of this text records.
CREATE FUNCTION english_sha256(english text) RETURNS text
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    RETURN encode(sha256(convert_to(english, 'UTF8')), 'hex');
