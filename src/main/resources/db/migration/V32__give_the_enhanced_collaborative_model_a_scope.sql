-- Every task force has a scope but the Enhanced Collaborative Model (issue 8).
INSERT INTO task_force_scope (task_force_id, scope) VALUES
(id_for('task_force', 'enhanced-collaborative-model'), 'local');

UPDATE task_force SET source_note =
    'mission-89-federal-agencies, the only source to name it, lists it among the FBI''s trafficking task forces without saying where it works. The directory shows it as local, as the source describes the task forces listed with it as working with "state and local law enforcement agencies".'
WHERE slug = 'enhanced-collaborative-model';
