--liquibase formatted sql

--changeset tidtam:007-progress-report-table
CREATE TABLE progress_report (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    version BIGINT NOT NULL DEFAULT 0,
    project_id BIGINT NOT NULL,
    report_month DATE NOT NULL,
    report_date DATE NOT NULL,
    steps TEXT NULL,
    progress DECIMAL(5,2) NULL,
    disbursed DECIMAL(15,2) NULL,
    on_plan BIT(1) NULL,
    on_target BIT(1) NULL,
    decrease_reason VARCHAR(1000) NULL,
    status VARCHAR(10) NOT NULL,
    late BIT(1) NOT NULL DEFAULT 0,
    return_comment VARCHAR(1000) NULL,
    submitted_at DATETIME(6) NULL,
    submitted_by VARCHAR(50) NULL,
    created_at DATETIME(6) NOT NULL,
    CONSTRAINT uq_progress_report_month UNIQUE (project_id, report_month),
    CONSTRAINT fk_progress_report_project FOREIGN KEY (project_id) REFERENCES project (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
--rollback DROP TABLE progress_report;

--changeset tidtam:007-progress-report-month-index
CREATE INDEX ix_progress_report_month ON progress_report (report_month, status);
--rollback DROP INDEX ix_progress_report_month ON progress_report;
