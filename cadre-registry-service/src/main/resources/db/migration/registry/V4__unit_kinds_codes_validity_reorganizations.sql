-- Issue 12, the 2025 reorganization. Additive: existing rows get a kind from their level and are valid from the day
-- they were created.

-- What a unit is (kind), apart from where it sits in the tree (level).
ALTER TABLE unit ADD COLUMN kind text;
UPDATE unit SET kind = level;
ALTER TABLE unit ALTER COLUMN kind SET NOT NULL;
ALTER TABLE unit ADD CONSTRAINT unit_kind_known CHECK (kind IN ('PROVINCE', 'DISTRICT', 'COMMUNE', 'WARD', 'SPECIAL_ZONE',
    'PARTY_COMMITTEE_ORGAN', 'STATE_AGENCY', 'AGENCY_PARTY_BLOC', 'PUBLIC_SERVICE_UNIT', 'PARTY_CELL'));

-- The code of Decision 19/2025/QĐ-TTg. Unique over every unit, live or closed: a closed unit keeps its code, so that
-- a code is never given to another unit.
ALTER TABLE unit ADD COLUMN official_code text;
ALTER TABLE unit ADD CONSTRAINT unit_official_code_unique UNIQUE (official_code);

-- Validity: the first and the last day the unit exists (valid_to null while it does).
ALTER TABLE unit ADD COLUMN valid_from date;
UPDATE unit SET valid_from = (created_at AT TIME ZONE 'Asia/Ho_Chi_Minh')::date;
ALTER TABLE unit ALTER COLUMN valid_from SET NOT NULL;
ALTER TABLE unit ADD COLUMN valid_to date;
UPDATE unit SET valid_to = greatest(valid_from, (dissolved_at AT TIME ZONE 'Asia/Ho_Chi_Minh')::date) WHERE dissolved_at IS NOT NULL;
ALTER TABLE unit ADD CONSTRAINT unit_validity CHECK (valid_to IS NULL OR valid_to >= valid_from);

-- A unit's name and parent as they were on any day: a row from the day a value took effect. The tree "as of" a day
-- reads these; the unit row keeps today's values.
CREATE TABLE unit_name_history (
    unit_id    uuid NOT NULL REFERENCES unit (id),
    valid_from date NOT NULL,
    name       text NOT NULL,
    PRIMARY KEY (unit_id, valid_from)
);
INSERT INTO unit_name_history (unit_id, valid_from, name) SELECT id, valid_from, name FROM unit;

CREATE TABLE unit_parent_history (
    unit_id    uuid NOT NULL REFERENCES unit (id),
    valid_from date NOT NULL,
    parent_id  uuid REFERENCES unit (id),
    PRIMARY KEY (unit_id, valid_from)
);
INSERT INTO unit_parent_history (unit_id, valid_from, parent_id) SELECT id, valid_from, parent_id FROM unit;
CREATE INDEX unit_parent_history_parent ON unit_parent_history (parent_id);

-- A reorganization (sáp nhập, chia tách, bỏ cấp huyện): the uploaded mapping, its dry run, and once applied, its outcome.
-- The file's hash identifies it: the same file uploaded again finds this row.
CREATE TABLE reorganization (
    id             uuid PRIMARY KEY,
    name           text        NOT NULL,
    file_name      text        NOT NULL,
    file_hash      text        NOT NULL UNIQUE,
    content        bytea       NOT NULL,
    status         text        NOT NULL CHECK (status IN ('DRAFT', 'APPLIED')),
    uploaded_by    text        NOT NULL,
    uploaded_at    timestamptz NOT NULL,
    checked_at     timestamptz NOT NULL,
    -- The units the dry run touches: who may read the draft or apply it needs write permission on each.
    involved_units uuid[]      NOT NULL,
    dry_run        jsonb       NOT NULL,
    applied_by     text,
    applied_at     timestamptz,
    outcome        jsonb
);

-- Who moves where, one row a cadre: the dry run's list, replaced by what was done when the plan is applied.
CREATE TABLE reorganization_move (
    reorganization_id uuid NOT NULL REFERENCES reorganization (id),
    cadre_id          uuid NOT NULL REFERENCES cadre (id),
    from_unit_id      uuid NOT NULL REFERENCES unit (id),
    to_unit_id        uuid NOT NULL,
    PRIMARY KEY (reorganization_id, cadre_id)
);
CREATE INDEX reorganization_move_pair ON reorganization_move (reorganization_id, from_unit_id, to_unit_id);

-- Predecessors and successors: one row a link, with the reorganization that made it and the day it took effect.
CREATE TABLE unit_lineage (
    predecessor_id    uuid        NOT NULL REFERENCES unit (id),
    successor_id      uuid        NOT NULL REFERENCES unit (id),
    reorganization_id uuid        NOT NULL REFERENCES reorganization (id),
    change            text        NOT NULL CHECK (change IN ('MERGE', 'SPLIT', 'ABOLISH_DISTRICT')),
    effective_date    date        NOT NULL,
    PRIMARY KEY (predecessor_id, successor_id)
);
CREATE INDEX unit_lineage_successor ON unit_lineage (successor_id);

-- History loaded late: the day a cadre began serving, the day a qualification was awarded.
ALTER TABLE cadre ADD COLUMN serving_since date;
ALTER TABLE qualification_record ADD COLUMN awarded_on date;
