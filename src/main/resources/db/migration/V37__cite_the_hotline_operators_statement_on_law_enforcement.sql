-- What the National Human Trafficking Hotline shares with law enforcement (issue 16): its operator's
-- statement, which SUPPLEMENT.md summarises in a section of its own. It is a source of its own, apart
-- from the contact-information record that stands for the rest of the same file.
INSERT INTO source (slug, title, publisher, date_label, published_on, kind, file_name, summary, position) VALUES
('hotline-operator-law-enforcement-statement',
 'Supplementary: the hotline operator''s statement on reporting to law enforcement (Polaris, 2023)',
 'Polaris, a non-profit that runs the National Human Trafficking Hotline with HHS funding, as summarised by the project',
 'March 2023', NULL, 'supplement',
 'SUPPLEMENT.md#what-the-national-human-trafficking-hotline-shares-with-law-enforcement',
 'When the National Human Trafficking Hotline tells law enforcement about a caller''s situation and when it does not: only with the victim''s consent, except for situations involving children and for immediate and escalating violence.',
 8);
