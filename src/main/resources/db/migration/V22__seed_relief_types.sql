-- Immigration relief for victims of trafficking and other crimes. Where the sources do not say who
-- asks for a form of relief or what it gives, the column stays NULL and the site says so.
INSERT INTO relief_type (slug, name, short_name, department_id, description, eligibility, requested_by, provides,
                         website, source_note, position) VALUES
('t-nonimmigrant-status', 'T nonimmigrant status', 'T visa', id_for('department', 'dhs'),
 'Immigration relief that USCIS grants to victims of human trafficking and other crimes.',
 'Victims of human trafficking and other crimes', NULL, 'Immigration relief',
 NULL, NULL, 1),
('u-nonimmigrant-status', 'U nonimmigrant status', 'U visa', id_for('department', 'dhs'),
 'Immigration relief that USCIS grants to victims of human trafficking and other crimes.',
 'Victims of human trafficking and other crimes', NULL, 'Immigration relief',
 NULL, NULL, 2),
('continued-presence', 'Continued Presence', 'CP', id_for('department', 'dhs'),
 'Immigration relief for trafficking victims that law enforcement asks for through the CCHT''s Continued Presence program, which offers a resource guide, webinars and an online portal for requests.',
 'Victims of human trafficking', 'Law enforcement, through the CCHT''s online submission portal', 'Immigration relief',
 NULL,
 'federal-agencies-fsap says USCIS processes Continued Presence; dhs-in-action, the newer source, says the DHS Center for Countering Human Trafficking runs the Continued Presence program. The directory shows the CCHT as administering it and keeps USCIS as named by the older source.',
 3),
('special-immigrant-juvenile', 'Special Immigrant Juvenile classification', 'SIJ', id_for('department', 'dhs'),
 'An immigration benefit USCIS can give to eligible victims of trafficking and other crimes.',
 'Eligible victims of human trafficking and other crimes', NULL, 'An immigration benefit',
 NULL, NULL, 4),
('vawa-benefits', 'Violence Against Women Act benefits', 'VAWA', id_for('department', 'dhs'),
 'Immigration benefits USCIS can give under the Violence Against Women Act to eligible victims of trafficking and other crimes.',
 'Eligible victims of human trafficking and other crimes', NULL, 'Immigration benefits',
 NULL, NULL, 5);

INSERT INTO relief_type_component (relief_type_id, component_id, role)
SELECT id_for('relief_type', relief_slug), id_for('component', component_slug), role
FROM (VALUES
    ('t-nonimmigrant-status', 'uscis', 'administers'),
    ('u-nonimmigrant-status', 'uscis', 'administers'),
    ('continued-presence', 'ccht', 'administers'), ('continued-presence', 'uscis', 'processes'),
    ('special-immigrant-juvenile', 'uscis', 'administers'),
    ('vawa-benefits', 'uscis', 'administers')
) AS handled (relief_slug, component_slug, role);

INSERT INTO relief_type_source (relief_type_id, source_id)
SELECT id_for('relief_type', relief_slug), id_for('source', source_slug)
FROM (VALUES
    ('t-nonimmigrant-status', 'federal-agencies-fsap'), ('t-nonimmigrant-status', 'dhs-government-roles'),
    ('t-nonimmigrant-status', 'dhs-in-action'),
    ('u-nonimmigrant-status', 'federal-agencies-fsap'), ('u-nonimmigrant-status', 'dhs-government-roles'),
    ('u-nonimmigrant-status', 'dhs-in-action'),
    ('continued-presence', 'federal-agencies-fsap'), ('continued-presence', 'dhs-in-action'),
    ('special-immigrant-juvenile', 'dhs-in-action'),
    ('vawa-benefits', 'dhs-in-action')
) AS cited (relief_slug, source_slug);
