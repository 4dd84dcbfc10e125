-- dhs-government-roles names "the member and invited agencies of the PITF" in one list without
-- telling them apart (issue 8), so no agency in it is shown as a member as a fact.
ALTER TABLE task_force_member
    DROP CONSTRAINT task_force_member_role_check,
    ADD CONSTRAINT task_force_member_role_check
        CHECK (role IN ('lead', 'primary-member', 'member', 'member-or-invited', 'supporter', 'participant'));

UPDATE task_force_member SET role = 'member-or-invited'
WHERE task_force_id = id_for('task_force', 'pitf') AND role = 'member';

UPDATE task_force SET source_note =
    'dhs-government-roles names "the member and invited agencies of the PITF" in one list without saying which are which, so the directory shows them together and calls none of them a member.'
WHERE slug = 'pitf';

UPDATE department SET description =
    'Named among the member and invited agencies of the President''s Interagency Task Force to Monitor and Combat Trafficking in Persons.'
WHERE slug IN ('dod', 'interior', 'usda', 'dot', 'education');
