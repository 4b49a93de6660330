--liquibase formatted sql

--changeset tidtam:006-project-search-gram-table
CREATE TABLE project_search_gram (
    project_id BIGINT NOT NULL,
    gram VARCHAR(3) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
    PRIMARY KEY (gram, project_id),
    CONSTRAINT fk_project_search_gram_project FOREIGN KEY (project_id) REFERENCES project (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
--rollback DROP TABLE project_search_gram;
