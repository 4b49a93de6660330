--liquibase formatted sql

--changeset tidtam:011-project-tracking-index-drop
-- replaced by the same index with the budget (next changeset)
DROP INDEX ix_project_tracking ON project;
--rollback CREATE INDEX ix_project_tracking ON project (fiscal_year, status, office_id, agency_id, start_date, end_date);

--changeset tidtam:011-project-tracking-covering-index
-- the rollup reads a project's budget with the columns it filters on, without visiting the row
CREATE INDEX ix_project_tracking ON project (fiscal_year, status, office_id, agency_id, start_date, end_date, budget);
--rollback DROP INDEX ix_project_tracking ON project;

--changeset tidtam:011-progress-report-tracking-index
-- the filed reports of a range of months, with their flags and money, read as one index range (no row visits)
CREATE INDEX ix_progress_report_tracking
    ON progress_report (report_month, status, project_id, late, on_plan, on_target, disbursed);
--rollback DROP INDEX ix_progress_report_tracking ON progress_report;

--changeset tidtam:011-shedlock-table
-- ShedLock: one node at a time runs a scheduled job
CREATE TABLE shedlock (
    name VARCHAR(64) NOT NULL PRIMARY KEY,
    lock_until TIMESTAMP(3) NOT NULL,
    locked_at TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    locked_by VARCHAR(255) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
--rollback DROP TABLE shedlock;

--changeset tidtam:011-reminder-digest-table
-- one digest per user per day: the key refuses a second one whichever node tries
CREATE TABLE reminder_digest (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    user_id BIGINT NOT NULL,
    digest_date DATE NOT NULL,
    items INT NOT NULL,
    created_at DATETIME(6) NOT NULL,
    CONSTRAINT uq_reminder_digest_user_day UNIQUE (user_id, digest_date),
    CONSTRAINT fk_reminder_digest_user FOREIGN KEY (user_id) REFERENCES app_user (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
--rollback DROP TABLE reminder_digest;
