--liquibase formatted sql

--changeset tidtam:010-project-tracking-index
CREATE INDEX ix_project_tracking ON project (fiscal_year, status, office_id, agency_id, start_date, end_date);
--rollback DROP INDEX ix_project_tracking ON project;

--changeset tidtam:010-reminder-table
CREATE TABLE reminder (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    project_id BIGINT NOT NULL,
    report_month DATE NOT NULL,
    sent_by VARCHAR(50) NOT NULL,
    sent_at DATETIME(6) NOT NULL,
    escalated BIT(1) NOT NULL DEFAULT 0,
    CONSTRAINT fk_reminder_project FOREIGN KEY (project_id) REFERENCES project (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
--rollback DROP TABLE reminder;

--changeset tidtam:010-reminder-project-index
CREATE INDEX ix_reminder_project_month ON reminder (project_id, report_month, sent_at);
--rollback DROP INDEX ix_reminder_project_month ON reminder;
