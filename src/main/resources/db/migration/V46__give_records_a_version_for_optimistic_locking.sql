-- A version number on every record an editor can change (issue 14), for optimistic locking: the write
-- side's JPA entities (package records) read it with the record and save with
-- "UPDATE ... SET version = version + 1 WHERE id = ? AND version = ?", so when two editors change
-- the same record, the second save matches no row and is refused instead of silently overwriting
-- the first. The parts of a record (its channels, members, links and citations) have no version of
-- their own: a change to them moves the version of the record they belong to.
--
-- Adding a column changes no row, so V25's triggers move no data version here; an editor's save is an
-- UPDATE of the record's table and moves it as any other change does.
ALTER TABLE department  ADD COLUMN version bigint NOT NULL DEFAULT 0;
ALTER TABLE component   ADD COLUMN version bigint NOT NULL DEFAULT 0;
ALTER TABLE program     ADD COLUMN version bigint NOT NULL DEFAULT 0;
ALTER TABLE task_force  ADD COLUMN version bigint NOT NULL DEFAULT 0;
ALTER TABLE hotline     ADD COLUMN version bigint NOT NULL DEFAULT 0;
ALTER TABLE relief_type ADD COLUMN version bigint NOT NULL DEFAULT 0;
ALTER TABLE source      ADD COLUMN version bigint NOT NULL DEFAULT 0;
