--liquibase formatted sql

--changeset tidtam:003-audit-entry-table
CREATE TABLE audit_entry (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    occurred_at DATETIME(6) NOT NULL,
    actor VARCHAR(50) NOT NULL,
    action VARCHAR(30) NOT NULL,
    entity_type VARCHAR(50) NOT NULL,
    entity_id VARCHAR(60) NULL,
    summary VARCHAR(500) NULL,
    changes TEXT NULL,
    client_address VARCHAR(64) NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
--rollback DROP TABLE audit_entry;

--changeset tidtam:003-audit-occurred-index
CREATE INDEX ix_audit_occurred ON audit_entry (occurred_at);
--rollback DROP INDEX ix_audit_occurred ON audit_entry;

--changeset tidtam:003-audit-actor-index
CREATE INDEX ix_audit_actor ON audit_entry (actor, occurred_at);
--rollback DROP INDEX ix_audit_actor ON audit_entry;

--changeset tidtam:003-audit-entity-index
CREATE INDEX ix_audit_entity ON audit_entry (entity_type, entity_id, occurred_at);
--rollback DROP INDEX ix_audit_entity ON audit_entry;
