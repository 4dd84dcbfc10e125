-- Facts V14-V19 credited to the wrong actor or stated too broadly (issue 8).

-- ice-hsi-partners: HSI works with the offices' prosecutors, and with FBI and Labor investigators.
UPDATE component SET description =
    'Federal prosecutors who bring trafficking cases to court. HSI works closely with them, as it does with investigators of the FBI and the Department of Labor.'
WHERE slug = 'us-attorneys-offices';

-- dhs-in-action: the CCHT is mandated to conduct, review and assist with DHS's training; the range
-- from awareness to advanced sessions describes DHS's training as a whole.
UPDATE component SET description =
    'The DHS centre that runs the Continued Presence program for law enforcement across the country. It is charged with conducting and reviewing DHS''s human trafficking training and helping with it, gives the components their mandatory training through the Blue Campaign, and must build a victim-centred approach into DHS policies, training and practice.'
WHERE slug = 'ccht';

UPDATE program SET description =
    'What the CCHT offers under its mandate to conduct, review and help with DHS''s trafficking training: a yearly seminar for any DHS employee, advanced investigations courses for HSI special agents, webinars on Continued Presence, train-the-trainer sessions for components, joint presentations, and reviews of the components'' own courses.'
WHERE slug = 'ccht-training';

-- dhs-in-action counts more than 1,000 criminal investigations a year; it does not say "opened".
UPDATE department SET description =
    'Works against trafficking across its components: they investigate cases, watch the borders and ports of entry, grant immigration relief to victims and train officers, and the department runs the Blue Campaign to help the public recognise and report trafficking. Its training reaches its own staff and partners in the United States and abroad, from general awareness to advanced enforcement and victim protection. DHS counts more than a thousand criminal investigations a year into sex trafficking and forced labor, and it keeps goods made with forced labor out of the country.'
WHERE slug = 'dhs';

UPDATE figure SET label = 'criminal investigations a year into sex trafficking and forced labor, forced labor in supply chains among them'
WHERE department_id = id_for('department', 'dhs') AND value = 'more than 1,000';
