--liquibase formatted sql

--changeset tidtam:020-demo-load
-- the demo loader is done with this database: it loaded the demo data (in one transaction, with this row), or
-- found real data and left it alone; without the row a demo start loads again (issue #21, decision 0024)
CREATE TABLE demo_load (
    id          TINYINT     NOT NULL PRIMARY KEY,
    outcome     VARCHAR(20) NOT NULL,
    finished_at DATETIME(6) NOT NULL
);
--rollback DROP TABLE demo_load;

--changeset tidtam:020-demo-load-existing
-- a database that already holds agencies was filled before this marker existed: it never gets demo data
INSERT INTO demo_load (id, outcome, finished_at) SELECT 1, 'existing', UTC_TIMESTAMP(6) FROM DUAL
    WHERE EXISTS (SELECT 1 FROM agency);
--rollback DELETE FROM demo_load;
