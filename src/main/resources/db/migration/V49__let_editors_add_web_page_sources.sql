-- Sources editors add (issue 14). The five seed documents are files in the project's seed folder; a
-- fact an editor corrects usually comes from an agency's own web page, which has an address and no
-- file. A source is now a document or a supplement with its file, as before, or a web page with its
-- address and no file. Every existing row is a document or a supplement with a file, so none changes.
--
-- A change of the table's definition changes no row, so V25's triggers move no data version here.
ALTER TABLE source ADD COLUMN url web_address;
ALTER TABLE source ALTER COLUMN file_name DROP NOT NULL;
ALTER TABLE source DROP CONSTRAINT source_kind_check;
ALTER TABLE source ADD CONSTRAINT source_kind_check CHECK (kind IN ('document', 'supplement', 'web-page'));
ALTER TABLE source ADD CONSTRAINT source_file_or_address_check
    CHECK (CASE WHEN kind = 'web-page' THEN url IS NOT NULL AND file_name IS NULL ELSE file_name IS NOT NULL END);
