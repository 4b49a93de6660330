--liquibase formatted sql

--changeset tidtam:022-app-user-source
-- where an account comes from: LOCAL (a password the portal keeps), LDAP (the city's directory) or OIDC (the city's
-- sign-in service); accounts from outside are created at their first sign-in and keep no usable local password
ALTER TABLE app_user ADD COLUMN source VARCHAR(10) NOT NULL DEFAULT 'LOCAL';
--rollback ALTER TABLE app_user DROP COLUMN source;

--changeset tidtam:022-group-mapping-table
-- a directory group (or an OIDC groups claim value) → the role and agency its members get at sign-in; the
-- administrator edits it (docs/decisions/0027-directory-and-oidc-sign-in.md)
CREATE TABLE group_mapping (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    version BIGINT NOT NULL DEFAULT 0,
    external_group VARCHAR(200) NOT NULL,
    role VARCHAR(20) NOT NULL,
    agency_id BIGINT NULL,
    CONSTRAINT fk_group_mapping_agency FOREIGN KEY (agency_id) REFERENCES agency (id),
    CONSTRAINT uq_group_mapping_group UNIQUE (external_group)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
--rollback DROP TABLE group_mapping;
