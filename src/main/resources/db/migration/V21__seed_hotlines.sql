-- Lines to call, text or write to. Every channel's number or address is copied exactly from the
-- source it cites; `dial` is the same number in the form tel: and sms: links need.
INSERT INTO hotline (slug, name, department_id, component_id, operator_role, description, audience, hours, languages,
                     law_enforcement, anonymous_tips, confidential, website, source_note, position) VALUES
('emergency-911', 'Emergency services (911)', NULL, NULL, NULL,
 'For anyone in immediate danger: call 911 first.',
 'Anyone in immediate danger', NULL, NULL,
 TRUE, NULL, NULL, NULL, NULL, 1),
('national-human-trafficking-hotline', 'National Human Trafficking Hotline', id_for('department', 'hhs'), NULL, 'funds',
 'A confidential national line funded by HHS, open around the clock with interpreters in more than 200 languages. Reach it by phone, by text (send HELP or INFO), by TTY, by live chat or through an online form.',
 NULL, '24/7', 'Interpreters in 200+ languages',
 FALSE, NULL, TRUE, 'https://humantraffickinghotline.org', NULL, 2),
('hsi-tip-line', 'HSI Tip Line', id_for('department', 'dhs'), id_for('component', 'hsi'), 'answers',
 'The tip line of Homeland Security Investigations, for reporting suspected trafficking or giving information that helps an investigation. Tips can be given anonymously, by phone or online.',
 'Anyone reporting suspected trafficking', '24/7', 'Interpreters available',
 TRUE, TRUE, NULL, 'https://ice.gov/tipline',
 'federal-agencies-fsap gives this number for the DHS Human Smuggling and Trafficking Unit and mission-89-federal-agencies as the DHS investigations hotline; the supplementary source names it the HSI Tip Line.',
 3),
('fbi-tips', 'FBI tips', id_for('department', 'doj'), id_for('component', 'fbi'), 'answers',
 'The FBI''s phone line and website for tips.',
 'Anyone with a tip for the FBI', NULL, NULL,
 TRUE, NULL, NULL, 'https://tips.fbi.gov', NULL, 4),
('uscis-vawa-unit-helpline', 'VAWA Unit Helpline', id_for('department', 'dhs'), id_for('component', 'uscis-vawa-unit'), 'answers',
 'For lawyers and advocates checking the status of a case already submitted to USCIS.',
 'Lawyers and advocates with a case already filed', NULL, NULL,
 FALSE, NULL, NULL, NULL, NULL, 5);

INSERT INTO hotline_purpose (hotline_id, purpose)
SELECT id_for('hotline', hotline_slug), purpose
FROM (VALUES
    ('emergency-911', 'emergency'),
    ('national-human-trafficking-hotline', 'get-help'),
    ('hsi-tip-line', 'report-tip'),
    ('fbi-tips', 'report-tip'),
    ('uscis-vawa-unit-helpline', 'check-case')
) AS purposed (hotline_slug, purpose);

INSERT INTO hotline_channel (hotline_id, kind, display_value, dial, url, instructions, source_id, position)
SELECT id_for('hotline', hotline_slug), kind, display_value, dial, url, instructions, id_for('source', source_slug), position
FROM (VALUES
    ('emergency-911', 'voice', '911', '911', NULL, NULL, 'official-contact-information', 1),
    ('national-human-trafficking-hotline', 'voice', '1-888-373-7888', '+18883737888', NULL, NULL, 'official-contact-information', 1),
    ('national-human-trafficking-hotline', 'text', '233733', '233733', NULL, 'Send HELP or INFO', 'official-contact-information', 2),
    ('national-human-trafficking-hotline', 'tty', '711', '711', NULL, NULL, 'official-contact-information', 3),
    ('national-human-trafficking-hotline', 'chat', 'humantraffickinghotline.org', NULL, 'https://humantraffickinghotline.org', NULL, 'official-contact-information', 4),
    ('national-human-trafficking-hotline', 'online-form', 'humantraffickinghotline.org', NULL, 'https://humantraffickinghotline.org', NULL, 'official-contact-information', 5),
    ('hsi-tip-line', 'voice', '1-866-347-2423', '+18663472423', NULL, 'Toll free within the U.S.', 'federal-agencies-fsap', 1),
    ('hsi-tip-line', 'voice', '1-866-DHS-2-ICE', '+18663472423', NULL, 'The same number, in letters', 'official-contact-information', 2),
    ('hsi-tip-line', 'voice', '802-872-6199', '+18028726199', NULL, 'From outside the U.S. and Canada', 'official-contact-information', 3),
    ('hsi-tip-line', 'tty', '802-872-6196', '+18028726196', NULL, NULL, 'official-contact-information', 4),
    ('hsi-tip-line', 'online-form', 'ice.gov/tipline', NULL, 'https://ice.gov/tipline', 'Tips can be anonymous', 'official-contact-information', 5),
    ('fbi-tips', 'voice', '1-800-225-5324', '+18002255324', NULL, NULL, 'official-contact-information', 1),
    ('fbi-tips', 'voice', '1-800-CALL-FBI', '+18002255324', NULL, 'The same number, in letters', 'official-contact-information', 2),
    ('fbi-tips', 'online-form', 'tips.fbi.gov', NULL, 'https://tips.fbi.gov', NULL, 'official-contact-information', 3),
    ('uscis-vawa-unit-helpline', 'voice', '802-527-4888', '+18025274888', NULL, NULL, 'federal-agencies-fsap', 1)
) AS channel (hotline_slug, kind, display_value, dial, url, instructions, source_slug, position);

INSERT INTO hotline_source (hotline_id, source_id)
SELECT id_for('hotline', hotline_slug), id_for('source', source_slug)
FROM (VALUES
    ('emergency-911', 'official-contact-information'),
    ('national-human-trafficking-hotline', 'mission-89-federal-agencies'),
    ('national-human-trafficking-hotline', 'official-contact-information'),
    ('hsi-tip-line', 'federal-agencies-fsap'), ('hsi-tip-line', 'mission-89-federal-agencies'),
    ('hsi-tip-line', 'official-contact-information'),
    ('fbi-tips', 'official-contact-information'),
    ('uscis-vawa-unit-helpline', 'federal-agencies-fsap')
) AS cited (hotline_slug, source_slug);
