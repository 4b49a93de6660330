--liquibase formatted sql

--changeset tidtam:004-plan-node-table
CREATE TABLE plan_node (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    version BIGINT NOT NULL DEFAULT 0,
    parent_id BIGINT NULL,
    level VARCHAR(16) NOT NULL,
    code VARCHAR(20) NOT NULL,
    name_th VARCHAR(1000) NOT NULL,
    name_en VARCHAR(1000) NULL,
    valid_from_fy INT NOT NULL,
    valid_to_fy INT NULL,
    example BIT(1) NOT NULL DEFAULT 0,
    CONSTRAINT fk_plan_node_parent FOREIGN KEY (parent_id) REFERENCES plan_node (id),
    CONSTRAINT uq_plan_node_code UNIQUE (level, code, valid_from_fy)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
--rollback DROP TABLE plan_node;

--changeset tidtam:004-plan-node-parent-index
CREATE INDEX ix_plan_node_parent ON plan_node (parent_id, code);
--rollback DROP INDEX ix_plan_node_parent ON plan_node;

--changeset tidtam:004-plan-seed-dimensions
INSERT INTO plan_node (level, code, name_th, name_en, valid_from_fy) VALUES
    ('DIMENSION', '1', 'มหานครปลอดภัย', 'Safe City', 2561),
    ('DIMENSION', '2', 'มหานครสีเขียว สะดวกสบาย', 'Green and Convenient City', 2561),
    ('DIMENSION', '3', 'มหานครสำหรับทุกคน', 'Inclusive City', 2561),
    ('DIMENSION', '4', 'มหานครกระชับ', 'Compact City', 2561),
    ('DIMENSION', '5', 'มหานครประชาธิปไตย', 'Democratic City', 2561),
    ('DIMENSION', '6', 'มหานครแห่งเศรษฐกิจและการเรียนรู้', 'Economic and Learning City', 2561),
    ('DIMENSION', '7', 'การบริหารจัดการเมืองมหานคร', 'Management Strategy', 2561);
--rollback DELETE FROM plan_node WHERE level = 'DIMENSION';

--changeset tidtam:004-plan-seed-7-3
INSERT INTO plan_node (parent_id, level, code, name_th, name_en, valid_from_fy)
SELECT id, 'SUB_ISSUE', '7.3', 'การบริหารทรัพยากรบุคคล', 'Human resource management', 2561
FROM plan_node WHERE level = 'DIMENSION' AND code = '7';
--rollback DELETE FROM plan_node WHERE level = 'SUB_ISSUE' AND code = '7.3';

--changeset tidtam:004-plan-seed-7-3-1
INSERT INTO plan_node (parent_id, level, code, name_th, name_en, valid_from_fy)
SELECT id, 'GOAL', '7.3.1',
       'บุคลากรกรุงเทพมหานครเป็นผู้ปฏิบัติงานแบบมืออาชีพ มีคุณธรรม จริยธรรม และเป็นที่ยอมรับ',
       'BMA personnel work professionally, with integrity and ethics, and are respected', 2561
FROM plan_node WHERE level = 'SUB_ISSUE' AND code = '7.3';
--rollback DELETE FROM plan_node WHERE level = 'GOAL' AND code = '7.3.1';

--changeset tidtam:004-plan-seed-7-3-1-indicator
INSERT INTO plan_node (parent_id, level, code, name_th, name_en, valid_from_fy)
SELECT id, 'INDICATOR', '7.3.1.1',
       'คู่มือการปฏิบัติงานของทุกหน่วยงานของกรุงเทพมหานครได้รับการปรับปรุงใหม่มีความทันสมัยและเป็นปัจจุบันแล้วเสร็จภายในปีงบประมาณ พ.ศ. 2564',
       'The operating manuals of every BMA agency are revised and up to date by fiscal year 2564', 2561
FROM plan_node WHERE level = 'GOAL' AND code = '7.3.1';
--rollback DELETE FROM plan_node WHERE level = 'INDICATOR' AND code = '7.3.1.1';
