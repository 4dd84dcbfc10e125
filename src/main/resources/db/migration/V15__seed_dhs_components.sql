-- The DHS components the sources name, top level first so that children can find their parents.
INSERT INTO component (slug, name, acronym, kind, department_id, parent_id, description, website, source_note) VALUES
('ice', 'U.S. Immigration and Customs Enforcement', 'ICE', 'agency', id_for('department', 'dhs'), NULL,
 'The DHS agency that investigates trafficking at home and abroad, arrests traffickers and takes away their assets and profits, and helps victims, working with foreign police and with non-governmental organisations. Its investigations are done by Homeland Security Investigations.',
 'https://ice.gov',
 'mission-89-federal-agencies lists ICE as its own entry beside DHS; the other sources place it within DHS, as the directory does.'),
('uscis', 'U.S. Citizenship and Immigration Services', 'USCIS', 'agency', id_for('department', 'dhs'), NULL,
 'Decides on the immigration benefits that protect victims of trafficking and other crimes: T and U nonimmigrant status, Special Immigrant Juvenile classification and Violence Against Women Act benefits. Its staff are trained to spot trafficking in interviews and site visits and to pass leads to HSI.',
 'https://uscis.gov', NULL),
('cbp', 'U.S. Customs and Border Protection', 'CBP', 'agency', id_for('department', 'dhs'), NULL,
 'Guards the land borders and the ports of entry by land, air and sea, where its officers and Border Patrol agents are placed to spot trafficking, deter it and identify its victims. It gives its personnel DHS''s mandatory trafficking training.',
 'https://cbp.gov', NULL),
('fletc', 'Federal Law Enforcement Training Centers', 'FLETC', 'agency', id_for('department', 'dhs'), NULL,
 'Trains law enforcement officers, support staff and other partners throughout their careers to recognise signs of trafficking, respond to victims, know the immigration options open to them and run trafficking investigations.',
 'https://fletc.gov',
 'dhs-government-roles names it in the singular, Federal Law Enforcement Training Center; dhs-in-action, the newer source, uses the plural, which the directory follows.'),
('uscg', 'U.S. Coast Guard', 'USCG', 'military-service', id_for('department', 'dhs'), NULL,
 'Can detect trafficking on the high seas, and gives its personnel DHS''s mandatory trafficking training.',
 NULL, NULL),
('tsa', 'Transportation Security Administration', 'TSA', 'agency', id_for('department', 'dhs'), NULL,
 'Can detect trafficking in airports, and gives its personnel DHS''s mandatory trafficking training.',
 NULL, NULL),
('fema', 'Federal Emergency Management Agency', 'FEMA', 'agency', id_for('department', 'dhs'), NULL,
 'Can detect trafficking in areas struck by disaster, and gives its personnel DHS''s mandatory trafficking training.',
 NULL, NULL),
('ccht', 'Center for Countering Human Trafficking', 'CCHT', 'center', id_for('department', 'dhs'), NULL,
 'The DHS centre that runs the Continued Presence program for law enforcement, sets and delivers DHS''s trafficking training, including the training every component must give through the Blue Campaign, and builds a victim-centred approach into DHS policy and practice.',
 NULL, NULL),
('dhs-chief-procurement-officer', 'Chief Procurement Officer', NULL, 'office', id_for('department', 'dhs'), NULL,
 'Requires everyone in the DHS acquisition workforce to take trafficking training every two years to keep their federal acquisition certification.',
 NULL, NULL);

INSERT INTO component (slug, name, acronym, kind, department_id, parent_id, description, website, source_note) VALUES
('hsi', 'Homeland Security Investigations', 'HSI', 'directorate', id_for('department', 'dhs'), id_for('component', 'ice'),
 'The investigative arm of DHS, and the office other DHS staff report suspected trafficking to. It investigates sex and labor trafficking, including most cases that involve foreign nationals, takes part in nearly a hundred trafficking task forces, and has specialists who support victims and interview them with care. It runs the HSI Tip Line.',
 NULL, NULL),
('ero', 'Enforcement and Removal Operations', 'ERO', 'directorate', id_for('department', 'dhs'), id_for('component', 'ice'),
 'The ICE directorate that works with the Blue Campaign to put trafficking posters and materials in ICE facilities, detention centres and reporting offices among them.',
 NULL, NULL),
('opla', 'Office of the Principal Legal Advisor', 'OPLA', 'office', id_for('department', 'dhs'), id_for('component', 'ice'),
 'ICE''s lawyers. Every new attorney is trained on human trafficking and on the immigration benefits open to victims.',
 NULL, NULL),
('fdns', 'Fraud Detection and National Security Directorate', 'FDNS', 'directorate', id_for('department', 'dhs'), id_for('component', 'uscis'),
 'Trains USCIS officers to share what they learn about possible trafficking so that HSI can open or support cases, and holds awareness sessions for USCIS staff who interview people or visit homes and workplaces.',
 NULL, NULL),
('uscis-vawa-unit', 'VAWA Unit', NULL, 'unit', id_for('department', 'dhs'), id_for('component', 'uscis'),
 'The USCIS unit behind the helpline lawyers and advocates call to ask about the status of a case already filed.',
 NULL,
 'federal-agencies-fsap names only the "VAWA Unit Helpline", in its USCIS entry; the unit is placed under USCIS accordingly.'),
('border-patrol', 'Border Patrol', NULL, 'agency', id_for('department', 'dhs'), id_for('component', 'cbp'),
 'CBP''s agents between the ports of entry, counted with CBP''s frontline officers among those placed to spot trafficking at the border.',
 NULL, NULL);

INSERT INTO component (slug, name, acronym, kind, department_id, parent_id, description, website, source_note) VALUES
('human-smuggling-and-trafficking-unit', 'Human Smuggling and Trafficking Unit', NULL, 'unit', id_for('department', 'dhs'), id_for('component', 'hsi'),
 'Investigates trafficking cases, above all those of foreign nationals brought into the United States, and works with the Department of Justice on them.',
 NULL,
 'federal-agencies-fsap lists the unit under DHS without naming its agency, and gives for it the number the supplementary source identifies as the HSI Tip Line; the directory places it in HSI.'),
('child-exploitation-investigations-unit', 'Child Exploitation Investigations Unit', NULL, 'unit', id_for('department', 'dhs'), id_for('component', 'hsi'),
 'Investigates the sexual exploitation of children, child sexual abuse material and child sex tourism, in the United States and abroad, through Operation Predator.',
 NULL,
 'federal-agencies-fsap lists the unit among the DHS entries next to ICE without naming its office; the directory places it in HSI, ICE''s investigative arm.');

INSERT INTO component_source (component_id, source_id)
SELECT id_for('component', component_slug), id_for('source', source_slug)
FROM (VALUES
    ('ice', 'federal-agencies-fsap'), ('ice', 'dhs-government-roles'), ('ice', 'mission-89-federal-agencies'),
    ('ice', 'dhs-in-action'), ('ice', 'official-contact-information'),
    ('uscis', 'federal-agencies-fsap'), ('uscis', 'dhs-government-roles'), ('uscis', 'dhs-in-action'),
    ('uscis', 'official-contact-information'),
    ('cbp', 'dhs-government-roles'), ('cbp', 'dhs-in-action'), ('cbp', 'official-contact-information'),
    ('fletc', 'dhs-government-roles'), ('fletc', 'dhs-in-action'), ('fletc', 'official-contact-information'),
    ('uscg', 'dhs-government-roles'), ('uscg', 'dhs-in-action'),
    ('tsa', 'dhs-government-roles'), ('tsa', 'dhs-in-action'),
    ('fema', 'dhs-government-roles'), ('fema', 'dhs-in-action'),
    ('ccht', 'dhs-in-action'),
    ('dhs-chief-procurement-officer', 'dhs-in-action'),
    ('hsi', 'ice-hsi-partners'), ('hsi', 'mission-89-federal-agencies'), ('hsi', 'dhs-in-action'),
    ('hsi', 'official-contact-information'),
    ('ero', 'dhs-in-action'),
    ('opla', 'dhs-in-action'),
    ('fdns', 'dhs-in-action'),
    ('uscis-vawa-unit', 'federal-agencies-fsap'),
    ('border-patrol', 'dhs-government-roles'),
    ('human-smuggling-and-trafficking-unit', 'federal-agencies-fsap'),
    ('child-exploitation-investigations-unit', 'federal-agencies-fsap')
) AS cited (component_slug, source_slug);

INSERT INTO component_function (component_id, function_slug)
SELECT id_for('component', component_slug), function_slug
FROM (VALUES
    ('ice', 'prosecution'), ('ice', 'protection'), ('ice', 'partnership'),
    ('uscis', 'protection'),
    ('cbp', 'prevention'), ('cbp', 'protection'),
    ('fletc', 'prevention'), ('fletc', 'protection'), ('fletc', 'prosecution'),
    ('uscg', 'prevention'),
    ('tsa', 'prevention'),
    ('fema', 'prevention'),
    ('ccht', 'prevention'), ('ccht', 'protection'), ('ccht', 'partnership'),
    ('dhs-chief-procurement-officer', 'prevention'),
    ('hsi', 'prosecution'), ('hsi', 'protection'), ('hsi', 'partnership'),
    ('ero', 'prevention'),
    ('opla', 'protection'),
    ('fdns', 'prosecution'), ('fdns', 'prevention'),
    ('uscis-vawa-unit', 'protection'),
    ('border-patrol', 'prevention'),
    ('human-smuggling-and-trafficking-unit', 'prosecution'),
    ('child-exploitation-investigations-unit', 'prosecution'), ('child-exploitation-investigations-unit', 'protection')
) AS tagged (component_slug, function_slug);

INSERT INTO figure (component_id, value, label, source_id, position) VALUES
(id_for('component', 'cbp'), 'more than 42,000', 'frontline CBP officers and Border Patrol agents',
 id_for('source', 'dhs-government-roles'), 1),
(id_for('component', 'cbp'), 'nearly 7,000 miles', 'of land border under CBP''s watch',
 id_for('source', 'dhs-government-roles'), 2),
(id_for('component', 'cbp'), '327', 'ports of entry by land, air and sea',
 id_for('source', 'dhs-government-roles'), 3),
(id_for('component', 'ice'), '200 offices in the U.S. and 70 overseas',
 'offices of "the agency", as the source counts them in its entry on the Child Exploitation Investigations Unit; the directory reads the agency as ICE',
 id_for('source', 'federal-agencies-fsap'), 1);
