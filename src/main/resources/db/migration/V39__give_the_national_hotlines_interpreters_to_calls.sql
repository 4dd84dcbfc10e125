-- official-contact-information states confidentiality and interpreters in 200+ languages for calls to
-- the national hotline, not for its text line, TTY or chat (issue 16).
UPDATE hotline SET
    languages = 'Interpreters in 200+ languages on calls',
    description = 'A national line funded by HHS and open around the clock; calls are confidential and can have an interpreter in any of more than 200 languages. Reach it by phone, by text (send HELP or INFO), by TTY, by live chat or through an online form.'
WHERE slug = 'national-human-trafficking-hotline';

-- The HSI Tip Line's interpreters are said of the line without naming a channel; they are shown for
-- the line, and the Open Referral export attaches them to its voice numbers only.
