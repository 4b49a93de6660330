--liquibase formatted sql

--changeset tidtam:018-quantity-target-breakdown-text
-- a breakdown now holds groups and the items under them with their notes ("จำนวน 4 รุ่น ๆ ละ 12 คน"), as the
-- old system's exports file them; the lines of older rows read the same (decision 0008)
ALTER TABLE project_quantity_target MODIFY COLUMN breakdown TEXT NULL;
--rollback ALTER TABLE project_quantity_target MODIFY COLUMN breakdown VARCHAR(2000) NULL;

--changeset tidtam:018-project-import-note-table
-- the lines of an old-system export the importer could not place, kept with the project and printed (issue #16)
CREATE TABLE project_import_note (
    project_id BIGINT NOT NULL,
    position INT NOT NULL,
    line_no INT NOT NULL,
    note_text TEXT NOT NULL,
    PRIMARY KEY (project_id, position),
    CONSTRAINT fk_project_import_note_project FOREIGN KEY (project_id) REFERENCES project (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
--rollback DROP TABLE project_import_note;
