-- Retiring a record (issue 14): an office that closed, a line that was switched off. A record is never
-- deleted: a retired one keeps its row, its citations and its history, says when and why it was
-- retired, and the public lists, search and exports leave it out. Retiring and bringing back are
-- edits like any other, each a revision of the field "retired" whose value is the reason.
--
-- Adding columns changes no row, so V25's triggers move no data version here; retiring a record is an
-- UPDATE of its row and moves it as any other edit does.
ALTER TABLE department  ADD COLUMN retired_on date, ADD COLUMN retired_reason nonblank_text,
    ADD CONSTRAINT department_retired_check CHECK ((retired_on IS NULL) = (retired_reason IS NULL));
ALTER TABLE component   ADD COLUMN retired_on date, ADD COLUMN retired_reason nonblank_text,
    ADD CONSTRAINT component_retired_check CHECK ((retired_on IS NULL) = (retired_reason IS NULL));
ALTER TABLE program     ADD COLUMN retired_on date, ADD COLUMN retired_reason nonblank_text,
    ADD CONSTRAINT program_retired_check CHECK ((retired_on IS NULL) = (retired_reason IS NULL));
ALTER TABLE task_force  ADD COLUMN retired_on date, ADD COLUMN retired_reason nonblank_text,
    ADD CONSTRAINT task_force_retired_check CHECK ((retired_on IS NULL) = (retired_reason IS NULL));
ALTER TABLE hotline     ADD COLUMN retired_on date, ADD COLUMN retired_reason nonblank_text,
    ADD CONSTRAINT hotline_retired_check CHECK ((retired_on IS NULL) = (retired_reason IS NULL));
ALTER TABLE relief_type ADD COLUMN retired_on date, ADD COLUMN retired_reason nonblank_text,
    ADD CONSTRAINT relief_type_retired_check CHECK ((retired_on IS NULL) = (retired_reason IS NULL));
