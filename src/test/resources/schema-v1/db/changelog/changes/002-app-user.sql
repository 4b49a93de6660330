--liquibase formatted sql

--changeset tidtam:002-app-user-table
CREATE TABLE app_user (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    version BIGINT NOT NULL DEFAULT 0,
    username VARCHAR(50) NOT NULL,
    full_name VARCHAR(200) NOT NULL,
    position VARCHAR(200) NULL,
    phone VARCHAR(30) NULL,
    email VARCHAR(200) NULL,
    enabled BIT(1) NOT NULL DEFAULT 1,
    password_hash VARCHAR(255) NOT NULL,
    role VARCHAR(20) NOT NULL,
    agency_id BIGINT NULL,
    language VARCHAR(5) NOT NULL DEFAULT 'th',
    password_changed_at DATETIME(6) NULL,
    CONSTRAINT fk_app_user_agency FOREIGN KEY (agency_id) REFERENCES agency (id),
    CONSTRAINT uq_app_user_username UNIQUE (username)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
--rollback DROP TABLE app_user;

--changeset tidtam:002-app-user-role-index
CREATE INDEX ix_app_user_role ON app_user (role, full_name);
--rollback DROP INDEX ix_app_user_role ON app_user;

--changeset tidtam:002-app-user-name-index
CREATE INDEX ix_app_user_full_name ON app_user (full_name);
--rollback DROP INDEX ix_app_user_full_name ON app_user;
