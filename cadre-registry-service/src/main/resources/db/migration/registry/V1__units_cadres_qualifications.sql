CREATE TABLE unit (
    id         uuid PRIMARY KEY,
    code       text        NOT NULL UNIQUE,
    name       text        NOT NULL,
    level      text        NOT NULL CHECK (level IN ('PROVINCE', 'DISTRICT', 'COMMUNE')),
    parent_id  uuid REFERENCES unit (id),
    created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX unit_parent ON unit (parent_id);

CREATE TABLE cadre (
    id              uuid PRIMARY KEY,
    national_id     char(12)    NOT NULL UNIQUE,
    full_name       text        NOT NULL,
    birth_date      date        NOT NULL,
    gender          text        NOT NULL,
    ethnicity       text        NOT NULL,
    unit_id         uuid        NOT NULL REFERENCES unit (id),
    position        text,
    rank            text,
    management_tier text        NOT NULL,
    party_member    boolean     NOT NULL DEFAULT false,
    party_join_date date,
    status          text        NOT NULL DEFAULT 'ACTIVE',
    created_at      timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX cadre_unit ON cadre (unit_id);

CREATE TABLE qualification_record (
    id             uuid PRIMARY KEY,
    cadre_id       uuid        NOT NULL REFERENCES cadre (id),
    ladder         text        NOT NULL,
    level          text        NOT NULL,
    field_of_study text,
    institution    text,
    year           integer,
    source         text        NOT NULL,
    class_id       text,
    enrollment_id  text,
    recorded_at    timestamptz NOT NULL,
    -- One record per graduation, whatever the redeliveries.
    UNIQUE (cadre_id, enrollment_id)
);
CREATE INDEX qualification_record_cadre ON qualification_record (cadre_id);
