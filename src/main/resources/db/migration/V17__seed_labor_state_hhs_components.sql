-- The components of the Departments of Labor, State, and Health and Human Services, top level first.
INSERT INTO component (slug, name, acronym, kind, department_id, parent_id, description, website, source_note) VALUES
('ilab', 'Bureau of International Labor Affairs', 'ILAB', 'bureau', id_for('department', 'dol'), NULL,
 'The Labor Department''s bureau for labor issues abroad; its Office of Child Labor, Forced Labor and Human Trafficking works against those abuses worldwide.',
 NULL,
 'federal-agencies-fsap calls it the "International Labor Affairs Bureau".'),
('osha', 'Occupational Safety and Health Administration', 'OSHA', 'agency', id_for('department', 'dol'), NULL,
 'Sets and enforces workplace safety and health standards and offers training, outreach and help to employers and workers.',
 'https://osha.gov', NULL),
('whd', 'Wage and Hour Division', 'WHD', 'division', id_for('department', 'dol'), NULL,
 'Enforces federal labor standards such as the minimum wage, overtime, record keeping and the child labor rules of the Fair Labor Standards Act, and the protections for migrant and seasonal farmworkers, and helps trafficking investigations that involve breaches of those laws.',
 NULL, NULL),
('tip-office', 'Office to Monitor and Combat Trafficking in Persons', 'J/TIP', 'office', id_for('department', 'state'), NULL,
 'The State Department''s trafficking office, known as the TIP Office. With governments abroad, international bodies, other federal agencies, non-profits, companies and survivors it works to prosecute traffickers, protect victims and prevent trafficking, through diplomacy, foreign aid and public engagement, and it follows how other governments are doing.',
 NULL,
 'mission-89-federal-agencies describes the office as charged with investigating trafficking; federal-agencies-fsap describes its work as policy, partnerships and diplomacy.'),
('otip', 'Office on Trafficking in Persons', 'OTIP', 'office', id_for('department', 'hhs'), NULL,
 'The HHS office that organises social services for victims and runs awareness and prevention work.',
 NULL, NULL),
('cdc', 'Centers for Disease Control and Prevention', 'CDC', 'agency', id_for('department', 'hhs'), NULL,
 'The HHS public health agency; the National Institute for Occupational Safety and Health is part of it.',
 NULL,
 'Named only by the supplementary source, to place NIOSH correctly.');

INSERT INTO component (slug, name, acronym, kind, department_id, parent_id, description, website, source_note) VALUES
('ocft', 'Office of Child Labor, Forced Labor and Human Trafficking', 'OCFT', 'office', id_for('department', 'dol'), id_for('component', 'ilab'),
 'Does research, policy work and technical cooperation to end child labor, forced labor and trafficking around the world, and offers a toolkit for responsible businesses.',
 NULL, NULL),
('tip-reports-and-political-affairs', 'Reports and Political Affairs', NULL, 'section', id_for('department', 'state'), id_for('component', 'tip-office'),
 'The part of the TIP Office that engages foreign governments on trafficking and writes the annual Trafficking in Persons Report.',
 NULL, NULL),
('tip-public-engagement', 'Public Engagement', NULL, 'section', id_for('department', 'state'), id_for('component', 'tip-office'),
 'The part of the TIP Office that works with the media, governments and non-governmental organisations to raise awareness and prompt action, and keeps resources for people in the United States on temporary work or travel visas.',
 NULL, NULL),
('nhttac', 'National Human Trafficking Training and Technical Assistance Center', 'NHTTAC', 'center', id_for('department', 'hhs'), id_for('component', 'otip'),
 'The training and technical assistance centre of HHS''s Office on Trafficking in Persons.',
 NULL, NULL),
('niosh', 'National Institute for Occupational Safety and Health', 'NIOSH', 'office', id_for('department', 'hhs'), id_for('component', 'cdc'),
 'Researches how to prevent injuries and illness at work and recommends practical fixes.',
 NULL,
 'federal-agencies-fsap lists NIOSH under the Department of Labor; the supplementary source corrects this: NIOSH is part of the CDC in HHS, where the directory places it.');

INSERT INTO component_source (component_id, source_id)
SELECT id_for('component', component_slug), id_for('source', source_slug)
FROM (VALUES
    ('ilab', 'federal-agencies-fsap'),
    ('osha', 'federal-agencies-fsap'), ('osha', 'official-contact-information'),
    ('whd', 'federal-agencies-fsap'),
    ('tip-office', 'federal-agencies-fsap'), ('tip-office', 'mission-89-federal-agencies'),
    ('otip', 'mission-89-federal-agencies'),
    ('cdc', 'official-contact-information'),
    ('ocft', 'federal-agencies-fsap'),
    ('tip-reports-and-political-affairs', 'federal-agencies-fsap'),
    ('tip-public-engagement', 'federal-agencies-fsap'),
    ('nhttac', 'mission-89-federal-agencies'),
    ('niosh', 'federal-agencies-fsap'), ('niosh', 'official-contact-information')
) AS cited (component_slug, source_slug);

INSERT INTO component_function (component_id, function_slug)
SELECT id_for('component', component_slug), function_slug
FROM (VALUES
    ('ilab', 'prevention'), ('ilab', 'partnership'),
    ('osha', 'prevention'),
    ('whd', 'prevention'), ('whd', 'prosecution'),
    ('tip-office', 'prevention'), ('tip-office', 'protection'), ('tip-office', 'prosecution'), ('tip-office', 'partnership'),
    ('otip', 'protection'), ('otip', 'prevention'),
    ('ocft', 'prevention'), ('ocft', 'partnership'),
    ('tip-reports-and-political-affairs', 'partnership'),
    ('tip-public-engagement', 'prevention'), ('tip-public-engagement', 'partnership'),
    ('nhttac', 'protection'), ('nhttac', 'partnership'),
    ('niosh', 'prevention')
) AS tagged (component_slug, function_slug);
