-- Prerequisites: the minimum levels a program requires (all of them), and the management tiers it is open to
-- (empty means any tier).
CREATE TABLE program_prerequisite (
    program_id    uuid NOT NULL REFERENCES program (id),
    ladder        text NOT NULL,
    minimum_level text NOT NULL,
    PRIMARY KEY (program_id, ladder)
);
ALTER TABLE program ADD COLUMN eligible_tiers text NOT NULL DEFAULT '';

-- Class lifecycle dates, kept for the record; the status column already exists.
ALTER TABLE training_class ADD COLUMN status_changed_at timestamptz;
ALTER TABLE training_class ADD COLUMN cancel_reason text;

-- Yearly training plans (kế hoạch) with quotas (chỉ tiêu) per program x mode, unit allocations and unit needs.
CREATE TABLE training_plan (
    id            uuid PRIMARY KEY,
    year          integer     NOT NULL,
    name          text        NOT NULL,
    needs_deadline date       NOT NULL,
    status        text        NOT NULL,
    created_at    timestamptz NOT NULL,
    approved_at   timestamptz
);
-- One approved plan per year: nominations find theirs by the class's year.
CREATE UNIQUE INDEX training_plan_one_approved_per_year ON training_plan (year) WHERE status = 'APPROVED';

CREATE TABLE plan_quota (
    plan_id    uuid    NOT NULL REFERENCES training_plan (id),
    program_id uuid    NOT NULL REFERENCES program (id),
    mode       text    NOT NULL,
    quota      integer NOT NULL CHECK (quota >= 0),
    PRIMARY KEY (plan_id, program_id, mode)
);

CREATE TABLE plan_allocation (
    plan_id    uuid    NOT NULL,
    program_id uuid    NOT NULL,
    mode       text    NOT NULL,
    unit_id    uuid    NOT NULL,
    seats      integer NOT NULL CHECK (seats >= 0),
    PRIMARY KEY (plan_id, program_id, mode, unit_id),
    FOREIGN KEY (plan_id, program_id, mode) REFERENCES plan_quota (plan_id, program_id, mode)
);

CREATE TABLE plan_need (
    plan_id       uuid        NOT NULL REFERENCES training_plan (id),
    unit_id       uuid        NOT NULL,
    program_id    uuid        NOT NULL REFERENCES program (id),
    mode          text        NOT NULL,
    cadres        integer     NOT NULL CHECK (cadres >= 0),
    registered_at timestamptz NOT NULL,
    PRIMARY KEY (plan_id, unit_id, program_id, mode)
);

-- Nominations (cử đi học): unit approval, then province approval, then a seat or a place on the waitlist.
CREATE TABLE nomination (
    id             uuid PRIMARY KEY,
    cadre_id       uuid        NOT NULL,
    class_id       uuid        NOT NULL REFERENCES training_class (id),
    unit_id        uuid        NOT NULL,
    plan_id        uuid REFERENCES training_plan (id),
    status         text        NOT NULL,
    funding_source text,
    cost           numeric(14, 0),
    reason         text,
    nominated_at   timestamptz NOT NULL,
    decided_at     timestamptz,
    waitlisted_at  timestamptz,
    enrollment_id  uuid
);
CREATE INDEX nomination_class_status ON nomination (class_id, status);
CREATE INDEX nomination_plan_unit ON nomination (plan_id, unit_id);
CREATE INDEX nomination_cadre ON nomination (cadre_id);
-- One live nomination per cadre and class; a rejected or withdrawn one may be followed by a new one.
CREATE UNIQUE INDEX nomination_live ON nomination (class_id, cadre_id) WHERE status NOT IN ('REJECTED', 'WITHDRAWN');

-- Enrollments: where they came from, who pays and how much, and the provider's results.
ALTER TABLE enrollment ADD COLUMN nomination_id uuid;
ALTER TABLE enrollment ADD COLUMN unit_id uuid;
ALTER TABLE enrollment ADD COLUMN plan_id uuid;
ALTER TABLE enrollment ADD COLUMN funding_source text;
ALTER TABLE enrollment ADD COLUMN cost numeric(14, 0);
ALTER TABLE enrollment ADD COLUMN attendance_percent integer CHECK (attendance_percent BETWEEN 0 AND 100);
ALTER TABLE enrollment ADD COLUMN final_grade numeric(4, 2) CHECK (final_grade BETWEEN 0 AND 10);
ALTER TABLE enrollment ADD COLUMN ended_on date;
ALTER TABLE enrollment ADD COLUMN withdrawal_reason text;
-- A withdrawn cadre may come back to the same class later.
ALTER TABLE enrollment DROP CONSTRAINT enrollment_class_id_cadre_id_key;
CREATE UNIQUE INDEX enrollment_live ON enrollment (class_id, cadre_id) WHERE status <> 'WITHDRAWN';

-- Individual study plans (Long An): a cadre's target level on a ladder by a year, and who follows them.
CREATE TABLE study_plan (
    id              uuid PRIMARY KEY,
    cadre_id        uuid        NOT NULL,
    ladder          text        NOT NULL,
    target_level    text        NOT NULL,
    target_year     integer     NOT NULL,
    monitor_cadre_id uuid       NOT NULL,
    created_at      timestamptz NOT NULL
);
CREATE INDEX study_plan_cadre ON study_plan (cadre_id);
