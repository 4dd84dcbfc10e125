-- Continued Presence (issue 16). Requests go through the DHS Center for Countering Human Trafficking
-- (uscis-dhs-immigration-relief), which runs the program (dhs-in-action); only the older, undated
-- federal-agencies-fsap says USCIS "processes" it, which is kept as history in the note.
-- dhs-government-roles never names Continued Presence, so it is no longer cited.
DELETE FROM relief_type_component
WHERE relief_type_id = id_for('relief_type', 'continued-presence') AND component_id = id_for('component', 'uscis');

DELETE FROM relief_type_source
WHERE relief_type_id = id_for('relief_type', 'continued-presence') AND source_id = id_for('source', 'dhs-government-roles');

UPDATE relief_type SET
    requested_by = 'Only federal law enforcement can ask for it, by sending a request to the DHS Center for Countering Human Trafficking (CCHT). A victim has no way to apply.',
    source_note = 'federal-agencies-fsap, an older and undated source, says USCIS "processes" Continued Presence. The newer dhs-in-action says the DHS Center for Countering Human Trafficking runs the Continued Presence program, and the supplementary relief source says requests go through that Center, so the directory shows the CCHT as the office that handles it, and USCIS no longer. The supplementary relief source says federal law enforcement requests it; the directory counts ICE and the FBI among the federal law enforcement agencies that can, which is its own inference. federal-agencies-fsap also says the FBI helps victims with "immigration relief".'
WHERE slug = 'continued-presence';
