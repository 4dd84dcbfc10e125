-- Whether what a caller says goes to law enforcement (issue 16). A yes/no column could not hold the
-- national hotline's answer, and said "no" without a source; 911's "yes" had none either. Each line
-- now says yes, no or "limited" (only in some cases, which the note explains), with the source that
-- says so, or nothing where no source does.
ALTER TABLE hotline
    ADD COLUMN law_enforcement_sharing   text CHECK (law_enforcement_sharing IN ('yes', 'no', 'limited')),
    ADD COLUMN law_enforcement_note      nonblank_text,
    ADD COLUMN law_enforcement_source_id bigint REFERENCES source (id);

CREATE INDEX hotline_law_enforcement_source_idx ON hotline (law_enforcement_source_id);

UPDATE hotline SET
    law_enforcement_sharing = 'limited',
    law_enforcement_note = 'The hotline''s operator says it does not pass a victim''s situation on to law enforcement unless the victim agrees. There are two exceptions: following state and federal protocols, it reports every situation involving a child to the authorities, and any situation in which it can hear or see violence that is immediate and escalating. A victim who wants law enforcement involved has the hotline''s support.',
    law_enforcement_source_id = id_for('source', 'hotline-operator-law-enforcement-statement')
WHERE slug = 'national-human-trafficking-hotline';

-- mission-89-federal-agencies gives the number as DHS's "Investigations hotline to report a tip or to
-- aid an investigation".
UPDATE hotline SET
    law_enforcement_sharing = 'yes',
    law_enforcement_note = 'It is the DHS line for investigations: what you report goes to investigators, for a tip or to help a case.',
    law_enforcement_source_id = id_for('source', 'mission-89-federal-agencies')
WHERE slug = 'hsi-tip-line';

-- mission-89-federal-agencies lists the FBI among the federal units that investigate trafficking.
UPDATE hotline SET
    law_enforcement_sharing = 'yes',
    law_enforcement_note = 'Tips go to the FBI, a federal law enforcement agency that investigates trafficking.',
    law_enforcement_source_id = id_for('source', 'mission-89-federal-agencies')
WHERE slug = 'fbi-tips';

-- 911 and the VAWA Unit Helpline: no source says whether what a caller says reaches law enforcement.

INSERT INTO hotline_source (hotline_id, source_id) VALUES
    (id_for('hotline', 'national-human-trafficking-hotline'), id_for('source', 'hotline-operator-law-enforcement-statement')),
    (id_for('hotline', 'fbi-tips'), id_for('source', 'mission-89-federal-agencies'));

ALTER TABLE hotline
    DROP COLUMN law_enforcement,
    -- A line's answer rests on a source, and "limited" says what the limits are.
    ADD CHECK ((law_enforcement_sharing IS NULL) = (law_enforcement_source_id IS NULL)),
    ADD CHECK ((law_enforcement_sharing IS NULL) = (law_enforcement_note IS NULL)),
    -- The source of the answer is one the line cites, so its page lists it.
    ADD FOREIGN KEY (id, law_enforcement_source_id) REFERENCES hotline_source (hotline_id, source_id)
        DEFERRABLE INITIALLY DEFERRED;
