--liquibase formatted sql

--changeset tidtam:008-progress-report-frozen-at
ALTER TABLE progress_report ADD COLUMN frozen_at DATETIME(6) NULL;
--rollback ALTER TABLE progress_report DROP COLUMN frozen_at;

--changeset tidtam:008-progress-report-status-index
CREATE INDEX ix_progress_report_status_month ON progress_report (status, report_month);
--rollback DROP INDEX ix_progress_report_status_month ON progress_report;

--changeset tidtam:008-report-evidence-table
CREATE TABLE report_evidence (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    report_id BIGINT NOT NULL,
    file_name VARCHAR(255) NOT NULL,
    media_type VARCHAR(30) NOT NULL,
    size_bytes INT NOT NULL,
    sha256 CHAR(64) NOT NULL,
    content LONGBLOB NOT NULL,
    uploaded_at DATETIME(6) NOT NULL,
    uploaded_by VARCHAR(50) NOT NULL,
    CONSTRAINT fk_report_evidence_report FOREIGN KEY (report_id) REFERENCES progress_report (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
--rollback DROP TABLE report_evidence;

--changeset tidtam:008-frozen-report-table
CREATE TABLE frozen_report (
    report_id BIGINT PRIMARY KEY,
    project_id BIGINT NOT NULL,
    report_month DATE NOT NULL,
    report_number INT NOT NULL,
    disbursement_round INT NULL,
    report_date DATE NOT NULL,
    steps TEXT NULL,
    progress DECIMAL(5,2) NULL,
    disbursed DECIMAL(15,2) NULL,
    on_plan BIT(1) NULL,
    on_target BIT(1) NULL,
    decrease_reason VARCHAR(1000) NULL,
    late BIT(1) NOT NULL,
    submitted_at DATETIME(6) NOT NULL,
    submitted_by VARCHAR(50) NOT NULL,
    evidence TEXT NULL,
    frozen_at DATETIME(6) NOT NULL,
    CONSTRAINT fk_frozen_report_report FOREIGN KEY (report_id) REFERENCES progress_report (id),
    CONSTRAINT uq_frozen_report_month UNIQUE (project_id, report_month)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
--rollback DROP TABLE frozen_report;

--changeset tidtam:008-report-reopening-table
CREATE TABLE report_reopening (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    version BIGINT NOT NULL DEFAULT 0,
    project_id BIGINT NOT NULL,
    report_month DATE NOT NULL,
    reason VARCHAR(1000) NOT NULL,
    open_until DATE NOT NULL,
    reopened_by VARCHAR(50) NOT NULL,
    reopened_at DATETIME(6) NOT NULL,
    CONSTRAINT fk_report_reopening_project FOREIGN KEY (project_id) REFERENCES project (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
--rollback DROP TABLE report_reopening;

--changeset tidtam:008-report-reopening-index
CREATE INDEX ix_report_reopening_project_month ON report_reopening (project_id, report_month, open_until);
--rollback DROP INDEX ix_report_reopening_project_month ON report_reopening;

--changeset tidtam:008-progress-plan-table
CREATE TABLE progress_plan (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    version BIGINT NOT NULL DEFAULT 0,
    project_id BIGINT NOT NULL,
    CONSTRAINT uq_progress_plan_project UNIQUE (project_id),
    CONSTRAINT fk_progress_plan_project FOREIGN KEY (project_id) REFERENCES project (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
--rollback DROP TABLE progress_plan;

--changeset tidtam:008-progress-plan-month-table
CREATE TABLE progress_plan_month (
    plan_id BIGINT NOT NULL,
    plan_month DATE NOT NULL,
    planned DECIMAL(5,2) NOT NULL,
    PRIMARY KEY (plan_id, plan_month),
    CONSTRAINT fk_progress_plan_month_plan FOREIGN KEY (plan_id) REFERENCES progress_plan (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
--rollback DROP TABLE progress_plan_month;
