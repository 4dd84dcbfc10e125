-- Task forces, task-force networks and interagency coordination bodies, with their members.
INSERT INTO task_force (slug, name, acronym, kind, description, other_participants, website, source_note) VALUES
('pitf', 'President''s Interagency Task Force to Monitor and Combat Trafficking in Persons', 'PITF', 'coordination-body',
 'Brings federal departments and agencies together so that the whole government works against trafficking: criminal and labor law enforcement, finding and protecting victims, education and awareness, trade and development abroad, partnerships and research, and diplomacy. Its members meet regularly to coordinate federal policy and the carrying out of the Trafficking Victims Protection Act, and it publishes an accomplishment report.',
 NULL, NULL,
 'dhs-government-roles lists "member and invited agencies" together without saying which are which, so the directory shows them all as members.'),
('hstc', 'Human Smuggling and Trafficking Center', 'HSTC', 'center',
 'An interagency centre of experts in intelligence analysis, law enforcement support and diplomacy. It gathers federal data on trafficking, writes strategic assessments of smuggling and trafficking, coordinates selected initiatives and recommends where agencies should work together.',
 NULL, NULL,
 'ice-hsi-partners describes an interagency centre whose primary members are the Departments of Justice, State and Homeland Security; federal-agencies-fsap lists it among the parts of the State Department''s TIP Office and adds the Office of the Director of National Intelligence to the agencies it brings together.'),
('acteams', 'Anti-Trafficking Coordination Teams', 'ACTeams', 'team',
 'Federal teams that plan and coordinate major trafficking investigations and prosecutions ahead of time, and give investigators access to trafficking experts, leads and intelligence.',
 NULL, NULL,
 'mission-89-federal-agencies lists the teams under the FBI; ice-hsi-partners describes them as joint teams of HSI, the Departments of Justice and Labor, and the FBI.'),
('hsi-human-trafficking-task-forces', 'Human trafficking task forces with HSI', NULL, 'task-force-network',
 'The trafficking task forces across the country in which HSI works beside other law enforcement, with other investigators likely to come across trafficking, and with victim service organisations that give victims case management and social services.',
 'Federal, tribal, state and local law enforcement; code inspectors, labor officials and child welfare investigators; victim service organisations.',
 NULL, NULL),
('anti-human-trafficking-task-forces', 'Anti-Human Trafficking Task Forces', NULL, 'task-force-network',
 'State and local task forces funded by DOJ that bring local, state and federal law enforcement and non-governmental organisations together to identify and rescue victims. The Office for Victims of Crime gives them technical help.',
 'Local, state and federal law enforcement; non-governmental organisations.',
 NULL, NULL),
('icac-task-forces', 'Internet Crimes Against Children Task Forces', 'ICAC', 'task-force-network',
 'Help law enforcement fight child exploitation that uses technology, with forensic investigation, technical help, victim support and community engagement.',
 NULL, NULL, NULL),
('fbi-child-exploitation-and-human-trafficking-task-forces', 'FBI Child Exploitation and Human Trafficking Task Forces', NULL, 'task-force-network',
 'Task forces based in almost every FBI field office that join state and local law enforcement in recovering victims and investigating traffickers at state and federal level.',
 'State and local law enforcement agencies.',
 NULL, NULL),
('enhanced-collaborative-model', 'Enhanced Collaborative Model Human Trafficking Program', 'ECM', 'task-force',
 'A task force model that brings several agencies together to work against every form of trafficking.',
 NULL, NULL,
 'mission-89-federal-agencies, the only source to name it, lists it among the FBI''s trafficking task forces.');

INSERT INTO task_force_scope (task_force_id, scope)
SELECT id_for('task_force', task_force_slug), scope
FROM (VALUES
    ('pitf', 'national'), ('pitf', 'international'),
    ('hstc', 'national'), ('hstc', 'international'),
    ('acteams', 'national'),
    ('hsi-human-trafficking-task-forces', 'local'), ('hsi-human-trafficking-task-forces', 'national'),
    ('anti-human-trafficking-task-forces', 'local'),
    ('icac-task-forces', 'local'),
    ('fbi-child-exploitation-and-human-trafficking-task-forces', 'local')
) AS scoped (task_force_slug, scope);

INSERT INTO task_force_member (task_force_id, department_id, role)
SELECT id_for('task_force', task_force_slug), id_for('department', department_slug), role
FROM (VALUES
    ('pitf', 'state', 'member'), ('pitf', 'dod', 'member'), ('pitf', 'doj', 'member'),
    ('pitf', 'interior', 'member'), ('pitf', 'usda', 'member'), ('pitf', 'dol', 'member'),
    ('pitf', 'hhs', 'member'), ('pitf', 'dot', 'member'), ('pitf', 'education', 'member'),
    ('pitf', 'dhs', 'member'), ('pitf', 'omb', 'member'), ('pitf', 'national-security-staff', 'member'),
    ('pitf', 'odni', 'member'), ('pitf', 'domestic-policy-council', 'member'), ('pitf', 'usaid', 'member'),
    ('pitf', 'eeoc', 'member'),
    ('hstc', 'doj', 'primary-member'), ('hstc', 'state', 'primary-member'), ('hstc', 'dhs', 'primary-member'),
    ('hstc', 'odni', 'member'),
    ('acteams', 'doj', 'member'), ('acteams', 'dol', 'member')
) AS member (task_force_slug, department_slug, role);

INSERT INTO task_force_member (task_force_id, component_id, role)
SELECT id_for('task_force', task_force_slug), id_for('component', component_slug), role
FROM (VALUES
    ('pitf', 'fbi', 'member'),
    ('acteams', 'hsi', 'member'), ('acteams', 'fbi', 'member'),
    ('hsi-human-trafficking-task-forces', 'hsi', 'participant'),
    ('anti-human-trafficking-task-forces', 'bja', 'supporter'),
    ('anti-human-trafficking-task-forces', 'ovc', 'supporter'),
    ('icac-task-forces', 'ojjdp', 'supporter'),
    ('fbi-child-exploitation-and-human-trafficking-task-forces', 'fbi', 'lead'),
    ('enhanced-collaborative-model', 'fbi', 'participant')
) AS member (task_force_slug, component_slug, role);

INSERT INTO task_force_source (task_force_id, source_id)
SELECT id_for('task_force', task_force_slug), id_for('source', source_slug)
FROM (VALUES
    ('pitf', 'dhs-government-roles'), ('pitf', 'mission-89-federal-agencies'),
    ('hstc', 'ice-hsi-partners'), ('hstc', 'federal-agencies-fsap'),
    ('acteams', 'ice-hsi-partners'), ('acteams', 'mission-89-federal-agencies'),
    ('hsi-human-trafficking-task-forces', 'ice-hsi-partners'),
    ('anti-human-trafficking-task-forces', 'federal-agencies-fsap'),
    ('anti-human-trafficking-task-forces', 'mission-89-federal-agencies'),
    ('icac-task-forces', 'federal-agencies-fsap'),
    ('fbi-child-exploitation-and-human-trafficking-task-forces', 'mission-89-federal-agencies'),
    ('enhanced-collaborative-model', 'mission-89-federal-agencies')
) AS cited (task_force_slug, source_slug);

INSERT INTO task_force_function (task_force_id, function_slug)
SELECT id_for('task_force', task_force_slug), function_slug
FROM (VALUES
    ('pitf', 'partnership'),
    ('hstc', 'partnership'), ('hstc', 'prosecution'),
    ('acteams', 'prosecution'), ('acteams', 'partnership'),
    ('hsi-human-trafficking-task-forces', 'prosecution'), ('hsi-human-trafficking-task-forces', 'protection'),
    ('hsi-human-trafficking-task-forces', 'partnership'),
    ('anti-human-trafficking-task-forces', 'prosecution'), ('anti-human-trafficking-task-forces', 'protection'),
    ('anti-human-trafficking-task-forces', 'partnership'),
    ('icac-task-forces', 'prosecution'), ('icac-task-forces', 'protection'), ('icac-task-forces', 'prevention'),
    ('icac-task-forces', 'partnership'),
    ('fbi-child-exploitation-and-human-trafficking-task-forces', 'prosecution'),
    ('fbi-child-exploitation-and-human-trafficking-task-forces', 'protection'),
    ('fbi-child-exploitation-and-human-trafficking-task-forces', 'partnership'),
    ('enhanced-collaborative-model', 'partnership'), ('enhanced-collaborative-model', 'prosecution'),
    ('enhanced-collaborative-model', 'protection')
) AS tagged (task_force_slug, function_slug);

INSERT INTO figure (task_force_id, value, label, source_id, position) VALUES
(id_for('task_force', 'hsi-human-trafficking-task-forces'), 'nearly 100',
 'human trafficking task forces nationwide that HSI takes part in', id_for('source', 'ice-hsi-partners'), 1),
(id_for('task_force', 'anti-human-trafficking-task-forces'), '42',
 'task forces convened through BJA''s Anti-Human Trafficking Task Force Initiative', id_for('source', 'federal-agencies-fsap'), 1),
(id_for('task_force', 'fbi-child-exploitation-and-human-trafficking-task-forces'), 'nearly every FBI field office',
 'is where these task forces operate', id_for('source', 'mission-89-federal-agencies'), 1);
