-- What the relief comparison needs beyond V7 (issue 8): the form a person files, the yearly limit,
-- and the law enforcement agencies that request a form of relief for a victim.
ALTER TABLE relief_type
    ADD COLUMN application_form nonblank_text,
    ADD COLUMN annual_limit     nonblank_text;

ALTER TABLE relief_type_component
    DROP CONSTRAINT relief_type_component_role_check,
    ADD CONSTRAINT relief_type_component_role_check
        CHECK (role IN ('administers', 'processes', 'supports', 'requests'));
