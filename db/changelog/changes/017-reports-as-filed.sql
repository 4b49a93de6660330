--liquibase formatted sql

--changeset tidtam:017-progress-report-month-seq
-- imported history may hold several reports in one month (mid-month and month end): 0 is the month's report (the
-- last of the month, what tracking counts), 1, 2 … the earlier ones of that month as the old system filed them.
-- Reports filed here are always 0, so "one report a month" still holds for them (docs/decisions/0015)
ALTER TABLE progress_report ADD COLUMN month_seq INT NOT NULL DEFAULT 0;
--rollback ALTER TABLE progress_report DROP COLUMN month_seq;

--changeset tidtam:017-progress-report-month-seq-unique
CREATE UNIQUE INDEX uq_progress_report_month_seq ON progress_report (project_id, report_month, month_seq);
--rollback DROP INDEX uq_progress_report_month_seq ON progress_report;

--changeset tidtam:017-progress-report-month-unique-drop
-- replaced by the unique index above (which also serves the project's foreign key)
ALTER TABLE progress_report DROP INDEX uq_progress_report_month;
--rollback ALTER TABLE progress_report ADD CONSTRAINT uq_progress_report_month UNIQUE (project_id, report_month);

--changeset tidtam:017-progress-report-number
-- รายงานครั้งที่ as the old system printed it, for imported reports (null: numbered in order, as for reports filed here)
ALTER TABLE progress_report ADD COLUMN legacy_number INT NULL;
--rollback ALTER TABLE progress_report DROP COLUMN legacy_number;

--changeset tidtam:017-progress-report-tracking-index-drop
-- replaced by the same index with month_seq (next changeset), so the rollup still reads no rows
DROP INDEX ix_progress_report_tracking ON progress_report;
--rollback CREATE INDEX ix_progress_report_tracking ON progress_report (report_month, status, project_id, late, on_plan, on_target, disbursed);

--changeset tidtam:017-progress-report-tracking-index
CREATE INDEX ix_progress_report_tracking
    ON progress_report (report_month, status, project_id, month_seq, late, on_plan, on_target, disbursed);
--rollback DROP INDEX ix_progress_report_tracking ON progress_report;

--changeset tidtam:017-frozen-report-month-index
-- a frozen month may hold several imported reports: the snapshot is one per report, found by project and month
CREATE INDEX ix_frozen_report_month ON frozen_report (project_id, report_month);
--rollback DROP INDEX ix_frozen_report_month ON frozen_report;

--changeset tidtam:017-frozen-report-month-unique-drop
ALTER TABLE frozen_report DROP INDEX uq_frozen_report_month;
--rollback ALTER TABLE frozen_report ADD CONSTRAINT uq_frozen_report_month UNIQUE (project_id, report_month);
