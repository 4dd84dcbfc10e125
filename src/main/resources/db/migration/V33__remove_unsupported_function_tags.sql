-- Function tags no source supports (issue 8). federal-agencies-fsap describes BJS as publishing data,
-- not preventing trafficking; dhs-in-action says OPLA trains attorneys on trafficking and victims'
-- immigration benefits, not that it prosecutes; mission-89-federal-agencies names the National
-- Strategy and the Attorney General's report only as titles; and it names the National Human
-- Trafficking Training and Technical Assistance Center without saying what the centre does.
DELETE FROM component_function
WHERE component_id = id_for('component', 'bjs') AND function_slug = 'prevention';

DELETE FROM component_function
WHERE component_id = id_for('component', 'nhttac');

DELETE FROM program_function
WHERE program_id = id_for('program', 'opla-attorney-training') AND function_slug = 'prosecution';

DELETE FROM program_function
WHERE program_id IN (id_for('program', 'attorney-generals-tip-report'),
                     id_for('program', 'national-strategy-to-combat-human-trafficking'));
