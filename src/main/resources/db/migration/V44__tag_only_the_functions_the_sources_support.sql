-- The function tags a second review found unsupported or weak, each checked again against its source
-- (issue 16), and two the sources support that were missing.

-- federal-agencies-fsap: BJS offers data for others to analyse; it does not prosecute.
DELETE FROM program_function
WHERE program_id = id_for('program', 'bjs-human-trafficking-data') AND function_slug = 'prosecution';

-- federal-agencies-fsap: the campaign raises awareness; nothing says it serves victims.
DELETE FROM program_function
WHERE program_id = id_for('program', 'rescue-and-restore') AND function_slug = 'protection';

-- federal-agencies-fsap: the report ranks governments' anti-trafficking efforts, and the office that
-- produces it engages foreign governments: partnership. Nothing says the report itself prevents,
-- protects or prosecutes.
DELETE FROM program_function
WHERE program_id = id_for('program', 'tip-report') AND function_slug IN ('prevention', 'protection', 'prosecution');

-- federal-agencies-fsap: NIOSH's research prevents worker injury and illness, and OSHA sets and
-- enforces workplace safety standards; neither is said to prevent trafficking.
DELETE FROM component_function
WHERE component_id IN (id_for('component', 'niosh'), id_for('component', 'osha')) AND function_slug = 'prevention';

-- federal-agencies-fsap: the ICAC task forces investigate, support victims and engage communities
-- in helping law enforcement; nothing says they prevent exploitation.
DELETE FROM task_force_function
WHERE task_force_id = id_for('task_force', 'icac-task-forces') AND function_slug = 'prevention';

-- ice-hsi-partners and federal-agencies-fsap: the HSTC analyses intelligence, pools data and supports
-- law enforcement; it does not prosecute.
DELETE FROM task_force_function
WHERE task_force_id = id_for('task_force', 'hstc') AND function_slug = 'prosecution';

-- federal-agencies-fsap: NIJ funds research on trafficking, its detection, prosecution and victim
-- services; paying for the study of a function is not doing it, so neither NIJ nor its research is
-- tagged with one.
DELETE FROM component_function
WHERE component_id = id_for('component', 'nij');

DELETE FROM program_function
WHERE program_id = id_for('program', 'nij-human-trafficking-research');

-- ice-hsi-partners: the Blue Campaign's training aims to "bring suspected traffickers to justice";
-- dhs-government-roles: the components conduct "investigative efforts" through it.
INSERT INTO program_function (program_id, function_slug) VALUES (id_for('program', 'blue-campaign'), 'prosecution');

-- federal-agencies-fsap: BJA's initiative trains law enforcement "to identify and rescue trafficking
-- victims".
INSERT INTO component_function (component_id, function_slug) VALUES (id_for('component', 'bja'), 'protection');
