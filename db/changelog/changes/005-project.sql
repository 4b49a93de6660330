--liquibase formatted sql

--changeset tidtam:005-project-table
CREATE TABLE project (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    version BIGINT NOT NULL DEFAULT 0,
    code VARCHAR(13) NOT NULL,
    agency_id BIGINT NOT NULL,
    office_id BIGINT NOT NULL,
    division_id BIGINT NULL,
    fiscal_year INT NOT NULL,
    name VARCHAR(500) NOT NULL,
    start_date DATE NOT NULL,
    end_date DATE NOT NULL,
    budget DECIMAL(15,2) NOT NULL,
    status VARCHAR(10) NOT NULL,
    owner_id BIGINT NOT NULL,
    responsible_name VARCHAR(200) NOT NULL,
    responsible_phone VARCHAR(30) NULL,
    coordinator_name VARCHAR(200) NULL,
    coordinator_phone VARCHAR(30) NULL,
    rationale TEXT NULL,
    dimension_ids VARCHAR(200) NOT NULL DEFAULT ',',
    created_at DATETIME(6) NOT NULL,
    CONSTRAINT uq_project_code UNIQUE (code),
    CONSTRAINT fk_project_agency FOREIGN KEY (agency_id) REFERENCES agency (id),
    CONSTRAINT fk_project_office FOREIGN KEY (office_id) REFERENCES agency (id),
    CONSTRAINT fk_project_division FOREIGN KEY (division_id) REFERENCES agency (id),
    CONSTRAINT fk_project_owner FOREIGN KEY (owner_id) REFERENCES app_user (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
--rollback DROP TABLE project;

--changeset tidtam:005-project-fy-index
CREATE INDEX ix_project_fy ON project (fiscal_year, code);
--rollback DROP INDEX ix_project_fy ON project;

--changeset tidtam:005-project-office-index
CREATE INDEX ix_project_office ON project (office_id, fiscal_year, code);
--rollback DROP INDEX ix_project_office ON project;

--changeset tidtam:005-project-division-index
CREATE INDEX ix_project_division ON project (division_id, fiscal_year, code);
--rollback DROP INDEX ix_project_division ON project;

--changeset tidtam:005-project-agency-index
CREATE INDEX ix_project_agency ON project (agency_id, fiscal_year, code);
--rollback DROP INDEX ix_project_agency ON project;

--changeset tidtam:005-project-status-index
CREATE INDEX ix_project_status ON project (status, fiscal_year, code);
--rollback DROP INDEX ix_project_status ON project;

--changeset tidtam:005-project-search-index
CREATE INDEX ix_project_search ON project (name, code);
--rollback DROP INDEX ix_project_search ON project;

--changeset tidtam:005-project-owner-index
CREATE INDEX ix_project_owner ON project (owner_id, fiscal_year);
--rollback DROP INDEX ix_project_owner ON project;

--changeset tidtam:005-project-objective-table
CREATE TABLE project_objective (
    project_id BIGINT NOT NULL,
    position INT NOT NULL,
    item_text VARCHAR(1000) NOT NULL,
    PRIMARY KEY (project_id, position),
    CONSTRAINT fk_project_objective_project FOREIGN KEY (project_id) REFERENCES project (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
--rollback DROP TABLE project_objective;

--changeset tidtam:005-project-quality-target-table
CREATE TABLE project_quality_target (
    project_id BIGINT NOT NULL,
    position INT NOT NULL,
    item_text VARCHAR(1000) NOT NULL,
    PRIMARY KEY (project_id, position),
    CONSTRAINT fk_project_quality_project FOREIGN KEY (project_id) REFERENCES project (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
--rollback DROP TABLE project_quality_target;

--changeset tidtam:005-project-quantity-target-table
CREATE TABLE project_quantity_target (
    project_id BIGINT NOT NULL,
    position INT NOT NULL,
    description VARCHAR(500) NOT NULL,
    quantity DECIMAL(15,2) NOT NULL,
    unit VARCHAR(50) NOT NULL,
    breakdown VARCHAR(2000) NULL,
    PRIMARY KEY (project_id, position),
    CONSTRAINT fk_project_quantity_project FOREIGN KEY (project_id) REFERENCES project (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
--rollback DROP TABLE project_quantity_target;

--changeset tidtam:005-project-plan-link-table
CREATE TABLE project_plan_link (
    project_id BIGINT NOT NULL,
    position INT NOT NULL,
    plan_node_id BIGINT NOT NULL,
    dimension_id BIGINT NOT NULL,
    PRIMARY KEY (project_id, position),
    CONSTRAINT fk_project_plan_project FOREIGN KEY (project_id) REFERENCES project (id) ON DELETE CASCADE,
    CONSTRAINT fk_project_plan_node FOREIGN KEY (plan_node_id) REFERENCES plan_node (id),
    CONSTRAINT fk_project_plan_dimension FOREIGN KEY (dimension_id) REFERENCES plan_node (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
--rollback DROP TABLE project_plan_link;

--changeset tidtam:005-project-plan-dimension-index
CREATE INDEX ix_project_plan_dimension ON project_plan_link (dimension_id, project_id);
--rollback DROP INDEX ix_project_plan_dimension ON project_plan_link;

--changeset tidtam:005-project-plan-node-index
CREATE INDEX ix_project_plan_node ON project_plan_link (plan_node_id);
--rollback DROP INDEX ix_project_plan_node ON project_plan_link;
