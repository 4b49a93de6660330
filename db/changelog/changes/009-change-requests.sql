--liquibase formatted sql

--changeset tidtam:009-project-baseline-table
CREATE TABLE project_baseline (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    project_id BIGINT NOT NULL,
    version_no INT NOT NULL,
    content TEXT NOT NULL,
    change_request_id BIGINT NULL,
    label_key VARCHAR(100) NULL,
    letter_no VARCHAR(40) NULL,
    letter_date DATE NULL,
    recorded_at DATETIME(6) NOT NULL,
    recorded_by VARCHAR(50) NOT NULL,
    CONSTRAINT uq_project_baseline_version UNIQUE (project_id, version_no),
    CONSTRAINT fk_project_baseline_project FOREIGN KEY (project_id) REFERENCES project (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
--rollback DROP TABLE project_baseline;

--changeset tidtam:009-change-request-table
CREATE TABLE change_request (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    version BIGINT NOT NULL DEFAULT 0,
    project_id BIGINT NOT NULL,
    office_id BIGINT NOT NULL,
    kind VARCHAR(20) NOT NULL,
    reason TEXT NOT NULL,
    description TEXT NULL,
    base_content TEXT NOT NULL,
    proposed_content TEXT NOT NULL,
    status VARCHAR(10) NOT NULL,
    requester_id BIGINT NOT NULL,
    requested_by VARCHAR(50) NOT NULL,
    created_at DATETIME(6) NOT NULL,
    submitted_at DATETIME(6) NULL,
    decided_by VARCHAR(50) NULL,
    decided_at DATETIME(6) NULL,
    decision_comment VARCHAR(1000) NULL,
    letter_no VARCHAR(40) NULL,
    letter_year INT NULL,
    letter_date DATE NULL,
    CONSTRAINT uq_change_request_letter UNIQUE (letter_year, letter_no),
    CONSTRAINT fk_change_request_project FOREIGN KEY (project_id) REFERENCES project (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
--rollback DROP TABLE change_request;

--changeset tidtam:009-change-request-office-index
CREATE INDEX ix_change_request_office_status ON change_request (office_id, status, submitted_at);
--rollback DROP INDEX ix_change_request_office_status ON change_request;

--changeset tidtam:009-change-request-project-index
CREATE INDEX ix_change_request_project ON change_request (project_id, created_at);
--rollback DROP INDEX ix_change_request_project ON change_request;

--changeset tidtam:009-change-evidence-table
CREATE TABLE change_evidence (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    change_request_id BIGINT NOT NULL,
    file_name VARCHAR(255) NOT NULL,
    media_type VARCHAR(30) NOT NULL,
    size_bytes INT NOT NULL,
    sha256 CHAR(64) NOT NULL,
    content LONGBLOB NOT NULL,
    uploaded_at DATETIME(6) NOT NULL,
    uploaded_by VARCHAR(50) NOT NULL,
    CONSTRAINT fk_change_evidence_request FOREIGN KEY (change_request_id) REFERENCES change_request (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
--rollback DROP TABLE change_evidence;

--changeset tidtam:009-notification-table
CREATE TABLE notification (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    recipient_id BIGINT NOT NULL,
    message_key VARCHAR(100) NOT NULL,
    arguments VARCHAR(1000) NULL,
    link VARCHAR(300) NULL,
    created_at DATETIME(6) NOT NULL,
    read_at DATETIME(6) NULL,
    CONSTRAINT fk_notification_recipient FOREIGN KEY (recipient_id) REFERENCES app_user (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
--rollback DROP TABLE notification;

--changeset tidtam:009-notification-recipient-index
CREATE INDEX ix_notification_recipient ON notification (recipient_id, read_at, created_at);
--rollback DROP INDEX ix_notification_recipient ON notification;
