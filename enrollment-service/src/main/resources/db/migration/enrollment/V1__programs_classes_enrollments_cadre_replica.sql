-- The cadre facts eligibility needs, replicated from registry.cadres. Only those: no name, birth date or other
-- personal data (Decree 13/2023); the registry stays the owner.
CREATE TABLE cadre_replica (
    cadre_id               uuid PRIMARY KEY,
    unit_id                uuid        NOT NULL,
    status                 text        NOT NULL,
    management_tier        text        NOT NULL,
    professional_level     text        NOT NULL,
    political_theory_level text        NOT NULL,
    state_management_level text        NOT NULL,
    updated_at             timestamptz NOT NULL
);

-- Transfers and qualifications that arrived before their cadre's CadreRegistered: kept, not lost, and applied in
-- arrival order once it comes.
CREATE TABLE cadre_replica_parked_event (
    position   bigserial PRIMARY KEY,
    event_id   text        NOT NULL UNIQUE,
    cadre_id   uuid        NOT NULL,
    event_type text        NOT NULL,
    payload    text        NOT NULL,
    parked_at  timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX cadre_replica_parked_event_cadre ON cadre_replica_parked_event (cadre_id);

CREATE TABLE program (
    id             uuid PRIMARY KEY,
    code           text        NOT NULL UNIQUE,
    name           text        NOT NULL,
    kind           text        NOT NULL,
    category       text        NOT NULL,
    confers_ladder text,
    confers_level  text,
    created_at     timestamptz NOT NULL,
    CHECK ((confers_ladder IS NULL) = (confers_level IS NULL))
);

CREATE TABLE training_class (
    id             uuid PRIMARY KEY,
    program_id     uuid        NOT NULL REFERENCES program (id),
    provider       text,
    cohort         text        NOT NULL,
    mode           text        NOT NULL,
    start_date     date        NOT NULL,
    end_date       date        NOT NULL,
    location       text,
    capacity       integer     NOT NULL CHECK (capacity >= 1),
    funding_source text        NOT NULL,
    status         text        NOT NULL,
    scheduled_at   timestamptz NOT NULL,
    -- Looser than ClassRules (end after start) on purpose: relaxing the rule for one-day courses needs no migration.
    CHECK (end_date >= start_date)
);
CREATE INDEX training_class_program ON training_class (program_id);

-- cadre_id has no foreign key to cadre_replica: the replica is another service's data, rebuilt from events.
CREATE TABLE enrollment (
    id                 uuid PRIMARY KEY,
    cadre_id           uuid        NOT NULL,
    class_id           uuid        NOT NULL REFERENCES training_class (id),
    status             text        NOT NULL,
    enrolled_at        timestamptz NOT NULL,
    graduated_on       date,
    certificate_number text,
    -- Backs the already-enrolled rule should a check ever be bypassed.
    UNIQUE (class_id, cadre_id)
);
CREATE INDEX enrollment_cadre ON enrollment (cadre_id);
