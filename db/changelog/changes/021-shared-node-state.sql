--liquibase formatted sql

--changeset tidtam:021-login-throttle-table
-- failed sign-ins per account and per client address, shared by every application node (docs/decisions/0025);
-- instants as epoch milliseconds, the same whatever time zone a node runs in
CREATE TABLE login_throttle (
    scope VARCHAR(10) NOT NULL,
    name_key VARCHAR(320) NOT NULL,
    failures TEXT NOT NULL,
    locked_until BIGINT NULL,
    updated_at BIGINT NOT NULL,
    PRIMARY KEY (scope, name_key),
    INDEX ix_login_throttle_updated (updated_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
--rollback DROP TABLE login_throttle;

--changeset tidtam:021-form-batch-table
-- a user's batch of printed forms (one at a time), followed from any node; the node that started it prints it
CREATE TABLE form_batch (
    username VARCHAR(100) NOT NULL PRIMARY KEY,
    id CHAR(36) NOT NULL,
    node VARCHAR(100) NOT NULL,
    state VARCHAR(10) NOT NULL,
    done INT NOT NULL,
    total INT NOT NULL,
    zip_parts INT NOT NULL DEFAULT 0,
    started_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL,
    CONSTRAINT uq_form_batch_id UNIQUE (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
--rollback DROP TABLE form_batch;

--changeset tidtam:021-form-batch-zip-table
-- the batch's ZIP in parts of at most 1 MB (a ZIP of thousands of forms is larger than one packet may be)
CREATE TABLE form_batch_zip (
    batch_id CHAR(36) NOT NULL,
    part INT NOT NULL,
    bytes MEDIUMBLOB NOT NULL,
    PRIMARY KEY (batch_id, part)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
--rollback DROP TABLE form_batch_zip;

--changeset tidtam:021-import-batch-table
-- a user's batch of imported exports (one at a time): its count and, per file, its outcome
CREATE TABLE import_batch (
    username VARCHAR(100) NOT NULL PRIMARY KEY,
    id CHAR(36) NOT NULL,
    node VARCHAR(100) NOT NULL,
    state VARCHAR(10) NOT NULL,
    cancel_requested BOOLEAN NOT NULL DEFAULT FALSE,
    done INT NOT NULL,
    total INT NOT NULL,
    started_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL,
    CONSTRAINT uq_import_batch_id UNIQUE (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
--rollback DROP TABLE import_batch;

--changeset tidtam:021-import-batch-outcome-table
-- what storing each file did, in the upload's order (warnings as JSON: line, severity, message key, arguments)
CREATE TABLE import_batch_outcome (
    batch_id CHAR(36) NOT NULL,
    position INT NOT NULL,
    file_name VARCHAR(500) NOT NULL,
    project_code VARCHAR(20) NULL,
    result VARCHAR(10) NOT NULL,
    warnings MEDIUMTEXT NOT NULL,
    reason TEXT NULL,
    PRIMARY KEY (batch_id, position)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
--rollback DROP TABLE import_batch_outcome;
