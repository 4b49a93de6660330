--liquibase formatted sql

--changeset tidtam:013-legacy-import-table
-- every export imported: which project it made, the file's name and SHA-256 (the same file again is "unchanged"),
-- how it was encoded, who imported it and when, and how many warnings it gave
CREATE TABLE legacy_import (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    project_id BIGINT NOT NULL,
    file_name VARCHAR(255) NOT NULL,
    checksum CHAR(64) NOT NULL,
    encoding VARCHAR(20) NOT NULL,
    warnings INT NOT NULL,
    imported_by VARCHAR(50) NOT NULL,
    imported_at DATETIME(6) NOT NULL,
    CONSTRAINT uq_legacy_import_project_checksum UNIQUE (project_id, checksum),
    CONSTRAINT fk_legacy_import_project FOREIGN KEY (project_id) REFERENCES project (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
--rollback DROP TABLE legacy_import;
