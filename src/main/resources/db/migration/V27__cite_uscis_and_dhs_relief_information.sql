-- The supplement's section on immigration relief (issue 8): who each form of relief is for, who asks
-- for it and on which form, what it gives and its yearly limit, from USCIS and the DHS Center for
-- Countering Human Trafficking. It is a source of its own, apart from the contact-information record
-- that stands for the rest of the same file.
INSERT INTO source (slug, title, publisher, date_label, published_on, kind, file_name, summary, position) VALUES
('uscis-dhs-immigration-relief',
 'Supplementary: USCIS and DHS information on immigration relief',
 'USCIS pages on humanitarian relief and form instructions, and the DHS Center for Countering Human Trafficking''s Continued Presence resource guide, gathered by the project',
 'Undated', NULL, 'supplement', 'SUPPLEMENT.md#immigration-relief-from-uscis-and-dhs',
 'For each form of immigration relief open to trafficking victims: who may have it, who asks for it and with which form, what it gives and how many are granted a year, with a warning against immigration scams.',
 7);
