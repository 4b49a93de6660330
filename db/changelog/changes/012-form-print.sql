--liquibase formatted sql

--changeset tidtam:012-form-print-table
-- every printed form: its verification reference (derived from what it says), what it said field by field, who
-- printed it and when, and the closed month it shows (null: as it stood then); /verify/{reference} compares this
-- with the live record
CREATE TABLE form_print (
    reference VARCHAR(20) NOT NULL PRIMARY KEY,
    project_id BIGINT NOT NULL,
    fields LONGTEXT NOT NULL,
    printed_at DATETIME(6) NOT NULL,
    printed_by VARCHAR(50) NOT NULL,
    as_of DATE NULL,
    CONSTRAINT fk_form_print_project FOREIGN KEY (project_id) REFERENCES project (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
--rollback DROP TABLE form_print;
