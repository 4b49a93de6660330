--liquibase formatted sql

--changeset tidtam:023-access-token-table
-- personal access tokens for the read API (issue #22, docs/decisions/0028): only the SHA-256 of the secret is kept,
-- with its first characters so the owner can tell their tokens apart
CREATE TABLE access_token (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    user_id BIGINT NOT NULL,
    name VARCHAR(100) NOT NULL,
    prefix VARCHAR(16) NOT NULL,
    secret_hash CHAR(64) NOT NULL,
    created_at DATETIME(6) NOT NULL,
    expires_at DATETIME(6) NOT NULL,
    last_used_at DATETIME(6) NULL,
    revoked_at DATETIME(6) NULL,
    CONSTRAINT uq_access_token_hash UNIQUE (secret_hash),
    CONSTRAINT fk_access_token_user FOREIGN KEY (user_id) REFERENCES app_user (id),
    INDEX ix_access_token_user (user_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
--rollback DROP TABLE access_token;
