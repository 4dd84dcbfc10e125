-- Descriptions that followed their source's sentence too closely (issue 8), rewritten in the
-- project's own words, and source notes that quote a source now put the quotation in quotation marks.
UPDATE program SET description =
    'Through this initiative BJA teaches police to recognise trafficking victims and get them to safety, and it has set up 42 task forces where local, state and federal agencies work alongside non-profit groups.'
WHERE slug = 'anti-human-trafficking-task-force-initiative';

UPDATE component SET description =
    'The section of the TIP Office that deals with other countries'' governments about trafficking and prepares the yearly Trafficking in Persons Report.'
WHERE slug = 'tip-reports-and-political-affairs';

UPDATE task_force SET description =
    'Brings specialists from several agencies together (intelligence analysts, law enforcement and diplomats) to pool the government''s information on smuggling and trafficking. It assesses both crimes, leads some joint efforts and advises agencies on where they should work together.'
WHERE slug = 'hstc';

UPDATE task_force SET description =
    'Task forces that help police tackle the exploitation of children online and through other technology: they examine digital evidence, advise investigators, support young victims and work with communities.'
WHERE slug = 'icac-task-forces';

UPDATE component SET description =
    'Makes employers keep to federal labor standards: at least the minimum wage, overtime pay, proper records and the child labor rules. It also enforces the protections of migrant and seasonal farmworkers, and helps trafficking investigations where those laws were broken.'
WHERE slug = 'whd';

UPDATE program SET description =
    'The CCHT''s service for law enforcement agencies across the country that ask for Continued Presence: officers send their requests online, and a guide, a pamphlet and webinars, open to the public too, explain how it works.'
WHERE slug = 'continued-presence-program';

UPDATE program SET description =
    'Posters and other information on trafficking that ERO and the Blue Campaign prepare together and put up across ICE''s buildings, from detention centres to reporting offices.'
WHERE slug = 'ero-awareness-materials';

UPDATE program SET description =
    'Finds and helps trafficking victims. For victims from other countries who are in the United States, it opens the way to public benefits and services on the same footing as refugees.'
WHERE slug = 'atip';

UPDATE program SET description =
    'A TIP Office list of information and contacts for people staying in the United States on a temporary work or travel visa.'
WHERE slug = 'visa-holder-resources';

UPDATE task_force SET other_participants =
    'Law enforcement at every level (federal, tribal, state and local); code inspectors, labor officials and investigators of child welfare; organisations that serve victims.'
WHERE slug = 'hsi-human-trafficking-task-forces';

UPDATE component SET source_note =
    'federal-agencies-fsap lists NIOSH under the Department of Labor; the supplementary source corrects this ("NIOSH is part of the CDC in HHS, not the Department of Labor"), and the directory places it there.'
WHERE slug = 'niosh';

UPDATE component SET source_note =
    'federal-agencies-fsap says the Bureau of Justice Assistance established the unit; mission-89-federal-agencies places it in the "Civil Rights Division", and the supplementary source says it "sits in DOJ''s Civil Rights Division", which the directory follows.'
WHERE slug = 'htpu';

UPDATE task_force SET source_note =
    'ice-hsi-partners describes an interagency centre whose "primary members are the Departments of Justice, State and Homeland Security"; federal-agencies-fsap lists it among the parts of the State Department''s TIP Office and adds the Office of the Director of National Intelligence to the agencies it brings together.'
WHERE slug = 'hstc';

UPDATE task_force SET source_note =
    'mission-89-federal-agencies lists the teams under the FBI; ice-hsi-partners says HSI takes part in them "along with the Departments of Justice and Labor and FBI". The acronym ACTeams is the agencies'' own usage, not the documents''.'
WHERE slug = 'acteams';
