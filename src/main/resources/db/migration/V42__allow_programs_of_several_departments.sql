-- A plan that several departments share, such as the Federal Strategic Action Plan, belongs to no
-- single department or coordination body (issue 16): it says so instead of naming one.
ALTER TABLE program
    ADD COLUMN cross_agency boolean NOT NULL DEFAULT false,
    DROP CONSTRAINT program_check,
    ADD CONSTRAINT program_belongs_somewhere CHECK (num_nonnulls(department_id, task_force_id) >= 1 OR cross_agency),
    ADD CONSTRAINT program_cross_agency_has_no_department CHECK (NOT cross_agency OR department_id IS NULL);
