-- Synthetic records for the scale benchmark, added to a migrated directory: :programs programs and the
-- other kinds in the seed's proportions to its 42 programs (16 departments, 43 agencies, 8 task
-- forces, 5 hotlines, 5 forms of relief, 6 sources). Every record cites a source, is tagged with
-- functions and is linked as the seed's records are, so the database's constraints and triggers hold.
-- Descriptions draw on a vocabulary of the directory's own words and a long tail of rarer ones.
--
--   psql -v programs=100000 -f bench/generate.sql
--
-- Synthetic ids start at a million per kind, clear of the seed's.
\set ON_ERROR_STOP on
BEGIN;

SELECT setseed(0.42);

CREATE TEMPORARY TABLE scale AS
SELECT :programs::int AS programs,
       greatest(1, round(:programs * 16 / 42.0))::int AS departments,
       greatest(1, round(:programs * 43 / 42.0))::int AS components,
       greatest(1, round(:programs * 8 / 42.0))::int AS task_forces,
       greatest(1, round(:programs * 5 / 42.0))::int AS hotlines,
       greatest(1, round(:programs * 5 / 42.0))::int AS relief_types,
       greatest(1, round(:programs * 6 / 42.0))::int AS sources;

CREATE TEMPORARY TABLE vocabulary (words text[]);
INSERT INTO vocabulary SELECT string_to_array(
    'human trafficking victims survivors forced labor sex exploitation investigations training awareness '
    'outreach grants services shelter legal immigration relief law enforcement prosecution partnership '
    'prevention protection community federal state local tribal youth children workers smuggling supply '
    'chains hotline report tips campaign research data reports strategy coordination task force agents '
    'officers prosecutors advocates providers housing health care case management interpreters visas '
    'certification eligibility benefits screening indicators identification referral networks nonprofit '
    'international foreign governments diplomatic security border ports airports maritime cyber online '
    'child abuse material financial crimes money laundering assets forfeiture restitution compensation '
    'employment wages inspections agriculture construction domestic work hospitality factories mines '
    'fishing vessels goods imports procurement contracts suppliers audits guidance toolkit webinars '
    'curriculum modules academy certification fellowship regional national annual quarterly program '
    'office bureau division unit center initiative project effort response support assistance funding',
    ' ');

CREATE FUNCTION pg_temp.text_of(seed bigint, length int) RETURNS text LANGUAGE sql AS $$
    SELECT string_agg(CASE WHEN random() < 0.8
                           THEN v.words[1 + floor(random() * array_length(v.words, 1))::int]
                           ELSE 'term' || floor(power(random(), 3) * 20000)::int END, ' ')
    FROM vocabulary v, generate_series(1, length) AS n
    WHERE seed IS NOT NULL
$$;

INSERT INTO source (id, slug, title, publisher, date_label, published_on, kind, file_name, summary, position)
SELECT 7000000 + i, 'gen-source-' || i, 'Synthetic source ' || i, 'Benchmark publisher', 'undated', NULL,
       'document', 'gen-source-' || i || '.md', pg_temp.text_of(i, 20), 1000 + i
FROM scale, generate_series(1, scale.sources) AS i;

INSERT INTO department (id, slug, name, acronym, kind, description)
SELECT 1000000 + i, 'gen-department-' || i, 'Synthetic Department ' || i, 'SD' || i,
       (ARRAY['executive-department', 'executive-office', 'independent-agency'])[1 + i % 3],
       pg_temp.text_of(i, 25)
FROM scale, generate_series(1, scale.departments) AS i;
INSERT INTO department_source (department_id, source_id)
SELECT 1000000 + i, 7000000 + 1 + (i % scale.sources) FROM scale, generate_series(1, scale.departments) AS i;

-- Components go round the departments; each one past the first round sits inside the component one
-- round before it, which has the same department.
INSERT INTO component (id, slug, name, acronym, kind, department_id, parent_id, description)
SELECT 2000000 + i, 'gen-agency-' || i, 'Synthetic Office ' || i, 'SO' || i,
       (ARRAY['agency', 'office', 'division', 'unit', 'center'])[1 + i % 5],
       1000000 + 1 + (i - 1) % scale.departments,
       CASE WHEN i > scale.departments THEN 2000000 + i - scale.departments END,
       pg_temp.text_of(i, 25)
FROM scale, generate_series(1, scale.components) AS i
ORDER BY i;
INSERT INTO component_source (component_id, source_id)
SELECT 2000000 + i, 7000000 + 1 + (i % scale.sources) FROM scale, generate_series(1, scale.components) AS i;
INSERT INTO component_function (component_id, function_slug)
SELECT 2000000 + i, (ARRAY['prevention', 'protection', 'prosecution', 'partnership'])[1 + i % 4]
FROM scale, generate_series(1, scale.components) AS i;

INSERT INTO task_force (id, slug, name, acronym, kind, description)
SELECT 4000000 + i, 'gen-task-force-' || i, 'Synthetic Task Force ' || i, 'STF' || i,
       (ARRAY['task-force', 'task-force-network', 'coordination-body'])[1 + i % 3], pg_temp.text_of(i, 25)
FROM scale, generate_series(1, scale.task_forces) AS i;
INSERT INTO task_force_source (task_force_id, source_id)
SELECT 4000000 + i, 7000000 + 1 + (i % scale.sources) FROM scale, generate_series(1, scale.task_forces) AS i;
INSERT INTO task_force_scope (task_force_id, scope)
SELECT 4000000 + i, (ARRAY['local', 'national', 'international'])[1 + i % 3] FROM scale, generate_series(1, scale.task_forces) AS i;
INSERT INTO task_force_function (task_force_id, function_slug)
SELECT 4000000 + i, (ARRAY['prosecution', 'partnership'])[1 + i % 2] FROM scale, generate_series(1, scale.task_forces) AS i;
INSERT INTO task_force_member (task_force_id, department_id, component_id, role)
SELECT 4000000 + i, 1000000 + 1 + (i % scale.departments), NULL, 'lead' FROM scale, generate_series(1, scale.task_forces) AS i
UNION ALL
SELECT 4000000 + i, NULL, 2000000 + 1 + ((i * 7) % scale.components), 'member' FROM scale, generate_series(1, scale.task_forces) AS i
UNION ALL
SELECT 4000000 + i, NULL, 2000000 + 1 + ((i * 13 + 5) % scale.components), 'participant'
FROM scale, generate_series(1, scale.task_forces) AS i
WHERE (i * 13 + 5) % scale.components <> (i * 7) % scale.components;

-- Programs go round the departments too; one in ten is a part of the one before it.
INSERT INTO program (id, slug, name, acronym, kind, department_id, parent_id, description)
SELECT 3000000 + i, 'gen-program-' || i, 'Synthetic Program ' || i, NULL,
       (ARRAY['campaign', 'initiative', 'training', 'investigative-initiative', 'grant-program', 'research',
              'victim-services', 'enforcement', 'report', 'strategy', 'goal', 'resource'])[1 + i % 12],
       1000000 + 1 + (i - 1) % scale.departments,
       CASE WHEN i % 10 = 0 THEN 3000000 + i - 1 END,
       pg_temp.text_of(i, 22)
FROM scale, generate_series(1, scale.programs) AS i
ORDER BY i;
INSERT INTO program_source (program_id, source_id)
SELECT 3000000 + i, 7000000 + 1 + (i % scale.sources) FROM scale, generate_series(1, scale.programs) AS i;
INSERT INTO program_function (program_id, function_slug)
SELECT 3000000 + i, (ARRAY['prevention', 'protection', 'prosecution', 'partnership'])[1 + i % 4]
FROM scale, generate_series(1, scale.programs) AS i
UNION ALL
SELECT 3000000 + i, (ARRAY['prevention', 'protection', 'prosecution', 'partnership'])[1 + (i + 1) % 4]
FROM scale, generate_series(1, scale.programs) AS i WHERE i % 2 = 0;
-- Run by a component of the program's own department.
INSERT INTO program_component (program_id, component_id, role)
SELECT 3000000 + i, 2000000 + 1 + (i - 1) % scale.departments, 'runs' FROM scale, generate_series(1, scale.programs) AS i;
INSERT INTO figure (program_id, value, label, source_id, position)
SELECT 3000000 + i, (i % 500 + 1)::text, 'people trained', 7000000 + 1 + (i % scale.sources), 1
FROM scale, generate_series(1, scale.programs) AS i WHERE i % 4 = 0;

INSERT INTO hotline (id, slug, name, department_id, operator_role, description, hours, position)
SELECT 5000000 + i, 'gen-hotline-' || i, 'Synthetic Line ' || i, 1000000 + 1 + (i % scale.departments),
       'answers', pg_temp.text_of(i, 20), '24/7', 1000 + i
FROM scale, generate_series(1, scale.hotlines) AS i;
INSERT INTO hotline_source (hotline_id, source_id)
SELECT 5000000 + i, 7000000 + 1 + (i % scale.sources) FROM scale, generate_series(1, scale.hotlines) AS i;
INSERT INTO hotline_purpose (hotline_id, purpose)
SELECT 5000000 + i, (ARRAY['get-help', 'report-tip'])[1 + i % 2] FROM scale, generate_series(1, scale.hotlines) AS i;
INSERT INTO hotline_channel (hotline_id, kind, display_value, dial, source_id, position)
SELECT 5000000 + i, 'voice', '1-800-' || lpad((i % 1000)::text, 3, '0') || '-' || lpad((i % 10000)::text, 4, '0'),
       '+1800' || lpad((i % 1000)::text, 3, '0') || lpad((i % 10000)::text, 4, '0'),
       7000000 + 1 + (i % scale.sources), 1
FROM scale, generate_series(1, scale.hotlines) AS i;

INSERT INTO relief_type (id, slug, name, short_name, department_id, description, position)
SELECT 6000000 + i, 'gen-relief-' || i, 'Synthetic relief ' || i, 'SR' || i, 1000000 + 1 + (i % scale.departments),
       pg_temp.text_of(i, 20), 1000 + i
FROM scale, generate_series(1, scale.relief_types) AS i;
INSERT INTO relief_type_source (relief_type_id, source_id)
SELECT 6000000 + i, 7000000 + 1 + (i % scale.sources) FROM scale, generate_series(1, scale.relief_types) AS i;
INSERT INTO relief_type_component (relief_type_id, component_id, role)
SELECT 6000000 + i, 2000000 + 1 + (i % scale.departments), 'administers' FROM scale, generate_series(1, scale.relief_types) AS i;

COMMIT;
ANALYZE;
