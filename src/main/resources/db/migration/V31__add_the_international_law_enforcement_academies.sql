-- The International Law Enforcement Academies (issue 8). V19 put their acronym, ILEA, on HSI's
-- training there; ice-hsi-partners names the academies themselves, so they get a record of their own,
-- a network of academies abroad, and the training is linked to them.
ALTER TABLE task_force
    DROP CONSTRAINT task_force_kind_check,
    ADD CONSTRAINT task_force_kind_check
        CHECK (kind IN ('task-force', 'task-force-network', 'coordination-body', 'center', 'team', 'academy-network'));

INSERT INTO task_force (slug, name, acronym, kind, description, other_participants, website, source_note) VALUES
('international-law-enforcement-academies', 'International Law Enforcement Academies', 'ILEA', 'academy-network',
 'Academies around the world where police from partner countries are trained. HSI teaches human trafficking courses to foreign law enforcement there, to strengthen the partnerships its international cases depend on.',
 'Foreign law enforcement partners.', NULL,
 'The acronym ILEA is the academies'' own usage, not the documents''.');

INSERT INTO task_force_source (task_force_id, source_id) VALUES
(id_for('task_force', 'international-law-enforcement-academies'), id_for('source', 'ice-hsi-partners'));

INSERT INTO task_force_scope (task_force_id, scope) VALUES
(id_for('task_force', 'international-law-enforcement-academies'), 'international');

INSERT INTO task_force_member (task_force_id, component_id, role) VALUES
(id_for('task_force', 'international-law-enforcement-academies'), id_for('component', 'hsi'), 'participant');

INSERT INTO task_force_function (task_force_id, function_slug) VALUES
(id_for('task_force', 'international-law-enforcement-academies'), 'prosecution'),
(id_for('task_force', 'international-law-enforcement-academies'), 'partnership');

UPDATE program SET acronym = NULL, task_force_id = id_for('task_force', 'international-law-enforcement-academies')
WHERE slug = 'hsi-international-training';
