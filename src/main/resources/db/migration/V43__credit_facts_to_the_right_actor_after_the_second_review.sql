-- Facts credited to the wrong actor or stated too broadly (issue 16).

-- mission-89-federal-agencies says of DHS as a whole, not of HSI, that it investigates most sex and
-- labor trafficking cases involving foreign nationals; of HSI the sources say it investigates human
-- trafficking.
UPDATE component SET description =
    'The investigative arm of DHS, and the office other DHS staff report suspected trafficking to. It investigates human trafficking, takes part in nearly a hundred trafficking task forces, and has specialists who support victims and interview them with care. It runs the HSI Tip Line.'
WHERE slug = 'hsi';

UPDATE department SET description =
    'Works against trafficking across its components: they investigate cases, most of the sex and labor trafficking cases that involve foreign nationals among them, watch the borders and ports of entry, grant immigration relief to victims and train officers, and the department runs the Blue Campaign to help the public recognise and report trafficking. Its training reaches its own staff and partners in the United States and abroad, from general awareness to advanced enforcement and victim protection. DHS counts more than a thousand criminal investigations a year into sex trafficking and forced labor, and it keeps goods made with forced labor out of the country.'
WHERE slug = 'dhs';

-- federal-agencies-fsap describes the plan and its goals as the work of federal agencies across
-- several departments; only mission-89-federal-agencies lists it as a DOJ publication.
UPDATE program SET department_id = NULL, cross_agency = true
WHERE slug IN ('fsap', 'fsap-goal-coordinate', 'fsap-goal-understanding', 'fsap-goal-access', 'fsap-goal-outcomes');

UPDATE program SET source_note =
    'federal-agencies-fsap describes a plan that brings federal agencies of several departments together, and lists the agencies of HHS, DHS, DOJ, Labor and State that acted on it; the directory files it as a plan of several departments. Only mission-89-federal-agencies lists it among DOJ''s publications, as the "Federal Strategic Action Plan for Victims'' Services".'
WHERE slug = 'fsap';

UPDATE program SET source_note = 'A goal of the Federal Strategic Action Plan, a plan of several departments (see the plan''s own note).'
WHERE slug IN ('fsap-goal-coordinate', 'fsap-goal-understanding', 'fsap-goal-access', 'fsap-goal-outcomes');

-- federal-agencies-fsap says only that ATIP raises awareness through this HHS campaign; no source
-- says which office runs it.
DELETE FROM program_component
WHERE program_id = id_for('program', 'rescue-and-restore') AND component_id = id_for('component', 'otip');

UPDATE program SET source_note =
    'federal-agencies-fsap calls it an HHS campaign through which the Anti-Trafficking in Persons Program raises awareness; no source says which office runs it. The directory files it under that program, which it links to the Office on Trafficking in Persons by inference (see the program''s own note).'
WHERE slug = 'rescue-and-restore';

-- dhs-government-roles speaks of "the DHS components", not of every one.
UPDATE program SET description =
    'DHS''s national public awareness campaign against human trafficking, launched in 2010. It teaches the public to recognise trafficking and report it, trains law enforcement and others to detect and investigate it, and brings together the awareness, training, victim assistance and outreach work of the DHS components. Its resources include pamphlets, posters, shoe cards and information sheets.'
WHERE slug = 'blue-campaign';

-- dhs-in-action: the specialists interview victims "while minimizing retraumatization or
-- revictimization", which is an aim, not a promise that no harm is done; mission-89-federal-agencies
-- calls the interviews "legally defensible", which promises no outcome in court.
UPDATE program SET description =
    'Specialists who interview victims for HSI cases in a neutral, safe setting, so victims can tell what happened in their own words, with care taken to keep retraumatization as small as possible, and in a way meant to be legally defensible.'
WHERE slug = 'hsi-forensic-interview-specialists';
