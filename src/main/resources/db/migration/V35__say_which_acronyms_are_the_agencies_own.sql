-- Acronyms no source document gives (issue 8). They are the agencies' own, so they stay, and each
-- record says where they come from.
UPDATE department
SET source_note = concat_ws(' ', source_note, format('The acronym %s is the agency''s own usage, not the documents''.', acronym))
WHERE slug IN ('dol', 'dod', 'interior', 'usda', 'dot', 'education', 'omb', 'national-security-staff',
               'domestic-policy-council', 'odni', 'usaid', 'eeoc');

UPDATE component
SET source_note = concat_ws(' ', source_note, format('The acronym %s is the agency''s own usage, not the documents''.', acronym))
WHERE slug IN ('uscg', 'tsa', 'fema', 'ero', 'opla', 'us-attorneys-offices', 'ojp', 'office-for-access-to-justice',
               'otip', 'ocft', 'nhttac');

UPDATE program
SET source_note = concat_ws(' ', source_note, format('The acronym %s is the agency''s own usage, not the documents''.', acronym))
WHERE slug = 'withhold-release-orders';

UPDATE program
SET source_note = concat_ws(' ', source_note, 'The short name TIP Report is the State Department''s own usage, not the documents''.')
WHERE slug = 'tip-report';

UPDATE task_force
SET source_note = concat_ws(' ', source_note, format('The acronym %s is the agencies'' own usage, not the documents''.', acronym))
WHERE slug IN ('acteams', 'enhanced-collaborative-model');

UPDATE relief_type
SET source_note = concat_ws(' ', source_note, 'The short name SIJ is USCIS''s own usage, not the documents''.')
WHERE slug = 'special-immigrant-juvenile';
