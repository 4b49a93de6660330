--liquibase formatted sql

--changeset tidtam:001-agency-table
CREATE TABLE agency (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    version BIGINT NOT NULL DEFAULT 0,
    parent_id BIGINT NULL,
    level VARCHAR(16) NOT NULL,
    code VARCHAR(8) NULL,
    name_th VARCHAR(255) NOT NULL,
    name_en VARCHAR(255) NULL,
    CONSTRAINT fk_agency_parent FOREIGN KEY (parent_id) REFERENCES agency (id),
    CONSTRAINT uq_agency_code UNIQUE (code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
--rollback DROP TABLE agency;

--changeset tidtam:001-agency-parent-name-index
CREATE INDEX ix_agency_parent_name ON agency (parent_id, name_th);
--rollback DROP INDEX ix_agency_parent_name ON agency;
