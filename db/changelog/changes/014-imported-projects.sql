--liquibase formatted sql

--changeset tidtam:014-project-imported-at
-- a project brought over from the old system: when (its file and checksum are in legacy_import). Only imported
-- projects may be written through the import door (their reports on their own dates, frozen at once)
ALTER TABLE project ADD COLUMN imported_at DATETIME(6) NULL;
--rollback ALTER TABLE project DROP COLUMN imported_at;

--changeset tidtam:014-legacy-import-outcome
-- a newer export of the same project is applied as an update: what it did, and what the batch summary said
ALTER TABLE legacy_import ADD COLUMN outcome VARCHAR(12) NOT NULL DEFAULT 'IMPORTED';
--rollback ALTER TABLE legacy_import DROP COLUMN outcome;
