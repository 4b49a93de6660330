--liquibase formatted sql

--changeset tidtam:015-indicator-target-table
-- an indicator's measurable target for one fiscal year: a number, a percentage, or done by a date
CREATE TABLE indicator_target (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    version BIGINT NOT NULL DEFAULT 0,
    indicator_id BIGINT NOT NULL,
    fiscal_year INT NOT NULL,
    kind VARCHAR(10) NOT NULL,
    unit VARCHAR(40) NULL,
    target_value DECIMAL(18,2) NULL,
    due_date DATE NULL,
    direction VARCHAR(6) NOT NULL,
    baseline_value DECIMAL(18,2) NULL,
    owner_agency_id BIGINT NOT NULL,
    office_id BIGINT NOT NULL,
    CONSTRAINT uq_indicator_target_year UNIQUE (fiscal_year, indicator_id),
    CONSTRAINT fk_indicator_target_node FOREIGN KEY (indicator_id) REFERENCES plan_node (id),
    CONSTRAINT fk_indicator_target_owner FOREIGN KEY (owner_agency_id) REFERENCES agency (id),
    CONSTRAINT fk_indicator_target_office FOREIGN KEY (office_id) REFERENCES agency (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
--rollback DROP TABLE indicator_target;

--changeset tidtam:015-indicator-target-indicator-index
-- an indicator's targets over the years (/indicators/{id})
CREATE INDEX ix_indicator_target_indicator ON indicator_target (indicator_id, fiscal_year);
--rollback DROP INDEX ix_indicator_target_indicator ON indicator_target;

--changeset tidtam:015-indicator-target-office-index
-- a head's indicators of a year
CREATE INDEX ix_indicator_target_office ON indicator_target (fiscal_year, office_id);
--rollback DROP INDEX ix_indicator_target_office ON indicator_target;

--changeset tidtam:015-indicator-target-owner-index
-- the owning-agency filter of /indicators
CREATE INDEX ix_indicator_target_owner ON indicator_target (fiscal_year, owner_agency_id);
--rollback DROP INDEX ix_indicator_target_owner ON indicator_target;

--changeset tidtam:015-indicator-result-table
-- a target's result for one quarter of its fiscal year, entered by the owning agency, reviewed by a coordinator;
-- frozen once the quarter closes
CREATE TABLE indicator_result (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    version BIGINT NOT NULL DEFAULT 0,
    target_id BIGINT NOT NULL,
    quarter INT NOT NULL,
    result_value DECIMAL(18,2) NULL,
    done BIT(1) NULL,
    done_on DATE NULL,
    note VARCHAR(1000) NULL,
    status VARCHAR(10) NOT NULL,
    entered_by VARCHAR(50) NOT NULL,
    entered_at DATETIME(6) NOT NULL,
    reviewed_by VARCHAR(50) NULL,
    reviewed_at DATETIME(6) NULL,
    review_comment VARCHAR(1000) NULL,
    CONSTRAINT uq_indicator_result_quarter UNIQUE (target_id, quarter),
    CONSTRAINT fk_indicator_result_target FOREIGN KEY (target_id) REFERENCES indicator_target (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
--rollback DROP TABLE indicator_result;

--changeset tidtam:015-indicator-evidence-table
CREATE TABLE indicator_evidence (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    result_id BIGINT NOT NULL,
    file_name VARCHAR(255) NOT NULL,
    media_type VARCHAR(30) NOT NULL,
    size_bytes INT NOT NULL,
    sha256 CHAR(64) NOT NULL,
    content LONGBLOB NOT NULL,
    uploaded_at DATETIME(6) NOT NULL,
    uploaded_by VARCHAR(50) NOT NULL,
    CONSTRAINT fk_indicator_evidence_result FOREIGN KEY (result_id) REFERENCES indicator_result (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
--rollback DROP TABLE indicator_evidence;
