-- Each form of relief as USCIS and DHS describe it (issue 8). V22 gave every type the eligibility the
-- sources state of the set as a whole ("victims of human trafficking and other crimes"), which is
-- false of SIJ (children) and VAWA (abused family members). The facts below come from the
-- supplementary relief source (V27); the older sources stay cited for what they say.
UPDATE relief_type SET
    description = 'Lets a person trafficked into the United States stay, work and, after three years, apply to become a permanent resident. The victim applies to USCIS.',
    eligibility = 'People trafficked in what the law calls a severe form of trafficking in persons, now in the United States or at one of its ports of entry because of it, who cooperate with reasonable requests from law enforcement. Victims under 18, and those whom trauma prevents, need not cooperate.',
    requested_by = 'The victim, by applying to USCIS, with no fee to pay. A declaration from law enforcement (Supplement B) can be sent as evidence but is not required.',
    application_form = 'Form I-914',
    provides = 'Lawful status for up to four years, permission to work and status for some family members (Supplement A); after three years, a way to apply for permanent residence.',
    annual_limit = '5,000 principal T visas a year',
    source_note = NULL
WHERE slug = 't-nonimmigrant-status';

UPDATE relief_type SET
    description = 'For victims of certain serious crimes, trafficking among them, who help law enforcement: permission to stay and work in the United States, and later a way to permanent residence.',
    eligibility = 'Victims of a qualifying crime, such as trafficking, that caused them substantial physical or mental abuse, and who have helped, are helping or are likely to help law enforcement.',
    requested_by = 'The victim, by applying to USCIS with a certification (Supplement B) signed by a law enforcement or other certifying agency.',
    application_form = 'Form I-918',
    provides = 'Lawful status for up to four years, permission to work and status for some family members; after three years, a way to apply for permanent residence.',
    annual_limit = '10,000 principal U visas a year',
    source_note = NULL
WHERE slug = 'u-nonimmigrant-status';

UPDATE relief_type SET
    description = 'Short-term permission for trafficking victims who may be witnesses to stay and work in the United States. Federal law enforcement asks for it on the victim''s behalf.',
    eligibility = 'People whom law enforcement has identified as victims of human trafficking and who may be witnesses.',
    requested_by = 'Federal law enforcement, through the DHS Center for Countering Human Trafficking. The victim cannot apply.',
    application_form = 'None: the victim does not apply',
    provides = 'Permission to stay, granted for up to two years and renewable, and to work; it also makes the person eligible for benefits once HHS certifies them.',
    annual_limit = NULL,
    source_note = 'federal-agencies-fsap says USCIS "processes" Continued Presence; dhs-in-action, the newer source, says the DHS Center for Countering Human Trafficking runs the Continued Presence program, and the supplementary relief source says requests go through that Center. The directory shows the CCHT as administering it and keeps USCIS as the older source names it. dhs-government-roles says USCIS "and ICE provide immigration relief" without naming the forms; ICE''s part is shown here, as federal law enforcement may request Continued Presence, and so is the FBI''s, which federal-agencies-fsap says helps victims with "immigration relief".'
WHERE slug = 'continued-presence';

UPDATE relief_type SET
    description = 'For children who cannot return to a parent because of abuse, neglect or abandonment, as a state juvenile court has decided: a way to become a permanent resident.',
    eligibility = 'Unmarried children under 21, living in the United States, for whom a state juvenile court has ruled that living again with one or both parents is not possible because of abuse, neglect or abandonment.',
    requested_by = 'A petition to USCIS.',
    application_form = 'Form I-360',
    provides = 'A way to apply for permanent residence.',
    annual_limit = NULL,
    source_note = NULL
WHERE slug = 'special-immigrant-juvenile';

UPDATE relief_type SET
    name = 'Violence Against Women Act self-petition',
    description = 'Lets a spouse, child or parent abused by a relative who is a U.S. citizen or permanent resident petition on their own, without the abuser, for a way to permanent residence.',
    eligibility = 'A spouse, child or parent whom a family member who is a U.S. citizen or permanent resident has battered or treated with extreme cruelty.',
    requested_by = 'The abused person, petitioning USCIS on their own, without the abuser knowing or agreeing.',
    application_form = 'Form I-360',
    provides = 'A way to apply for permanent residence; once USCIS approves the petition, the person may also work.',
    annual_limit = NULL,
    source_note = 'dhs-in-action names "Violence Against Women Act benefits"; the supplementary relief source describes the self-petition, which is what this record shows.'
WHERE slug = 'vawa-benefits';

INSERT INTO relief_type_source (relief_type_id, source_id)
SELECT id, id_for('source', 'uscis-dhs-immigration-relief') FROM relief_type;

INSERT INTO relief_type_source (relief_type_id, source_id) VALUES
(id_for('relief_type', 'continued-presence'), id_for('source', 'dhs-government-roles'));

-- ICE's part in relief (dhs-government-roles), and the FBI's (federal-agencies-fsap): federal law
-- enforcement requests Continued Presence for a victim.
INSERT INTO relief_type_component (relief_type_id, component_id, role) VALUES
(id_for('relief_type', 'continued-presence'), id_for('component', 'ice'), 'requests'),
(id_for('relief_type', 'continued-presence'), id_for('component', 'fbi'), 'requests');
