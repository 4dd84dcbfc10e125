-- Three DOJ descriptions (V16) named their source by its address name, "mission-89-federal-agencies",
-- where a reader needs its name: Mission 89's list of federal anti-trafficking agencies. Their Spanish
-- (V52) said the same and is corrected with them, so it stays current; a translation already out of
-- date (an editor changed the English first) is left for review.
UPDATE translation t
SET text = replace(t.text, 'mission-89-federal-agencies cuenta',
                   'la lista de agencias federales contra la trata de Mission 89 incluye'),
    english_sha256 = english_sha256(replace(c.description, 'mission-89-federal-agencies',
                                            'Mission 89''s list of federal anti-trafficking agencies'))
FROM component c
WHERE t.record_kind = 'agency' AND t.record_id = c.id AND t.field = 'description' AND t.language = 'es'
  AND t.english_sha256 = english_sha256(c.description)
  AND c.description LIKE '%mission-89-federal-agencies counts%'
  AND t.text LIKE '%mission-89-federal-agencies cuenta%';

UPDATE component
SET description = replace(description, 'mission-89-federal-agencies',
                          'Mission 89''s list of federal anti-trafficking agencies')
WHERE description LIKE '%mission-89-federal-agencies counts%';
