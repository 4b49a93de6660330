--liquibase formatted sql

--changeset tidtam:016-agency-official-name
-- the name an agency's documents and the old system's exports print (สำนักงานคณะกรรมการข้าราชการกรุงเทพมหานคร),
-- next to name_th, the short name people say (สำนักงาน ก.ก.); the importer matches either
ALTER TABLE agency ADD COLUMN official_name VARCHAR(255) NULL;
--rollback ALTER TABLE agency DROP COLUMN official_name;

--changeset tidtam:016-legacy-agency-mapping-table
-- an agency path an export names that is not in our tree, mapped once by an administrator to one of ours and used
-- for every later file that names it; source_path is the path as the importer normalises it (whitespace collapsed),
-- compared byte for byte (a Thai tone mark or a letter's case makes another path)
CREATE TABLE legacy_agency_mapping (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    version BIGINT NOT NULL DEFAULT 0,
    source_path VARCHAR(765) COLLATE utf8mb4_bin NOT NULL,
    agency_id BIGINT NOT NULL,
    created_by VARCHAR(50) NOT NULL,
    created_at DATETIME(6) NOT NULL,
    CONSTRAINT uq_legacy_agency_mapping_source UNIQUE (source_path),
    CONSTRAINT fk_legacy_agency_mapping_agency FOREIGN KEY (agency_id) REFERENCES agency (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
--rollback DROP TABLE legacy_agency_mapping;
