-- The T and U visas described as the supplementary relief source states their rules (issue 16). The T
-- visa is for people in the United States because of the trafficking, not only people "trafficked
-- into" the country; the U visa needs substantial physical or mental abuse.
UPDATE relief_type SET
    description = 'For people who suffered a severe form of trafficking and are in the country, or at one of its ports of entry, as a result of it, whether the trafficking began abroad or after they arrived. They must go along with reasonable requests for help from law enforcement, unless they are under 18 or trauma keeps them from it. It gives permission to stay and work and, after three years, a way to permanent residence. The victim applies to USCIS.',
    source_note = 'The supplementary relief source says the T visa is for victims who are in the United States, or at a port of entry, "because of the trafficking". That this covers people trafficked after they arrived, and not only people brought into the country, is the directory''s reading of that rule.'
WHERE slug = 't-nonimmigrant-status';

UPDATE relief_type SET description =
    'For victims of certain serious crimes, trafficking among them, to whom the crime caused substantial physical or mental abuse, and who have helped, are helping or are likely to help law enforcement: permission to stay and work in the United States, and later a way to permanent residence.'
WHERE slug = 'u-nonimmigrant-status';
