-- A plan belongs to a unit: the province, a department, an agency party bloc. Plans filed before owners existed are
-- the province's: the one the deployment names (enrollment.plans.province-unit-id), or, where it names none, no owner
-- at all, which every rule reads as "the province" (as TrainingPlanApproved does of an absent ownerUnitId).
ALTER TABLE training_plan ADD COLUMN owner_unit_id uuid;
UPDATE training_plan SET owner_unit_id = CAST(NULLIF('${provinceUnitId}', '') AS uuid) WHERE owner_unit_id IS NULL;
-- A merged owner whose successor already had an approved plan for the year: the plans stay apart, the plan keeps its
-- owner and names the successor that now manages it; owner_note says what happened.
ALTER TABLE training_plan ADD COLUMN owner_successor_unit_id uuid;
ALTER TABLE training_plan ADD COLUMN owner_note text;

-- One approved plan per owner and year (it was one per year for the whole platform). The province's plans of old
-- count as one owner; that they share the year with a plan of the province's own unit the service checks itself.
DROP INDEX training_plan_one_approved_per_year;
CREATE UNIQUE INDEX training_plan_one_approved_per_owner_year ON training_plan
    (year, COALESCE(owner_unit_id, '00000000-0000-0000-0000-000000000000'::uuid)) WHERE status = 'APPROVED';
CREATE INDEX training_plan_owner ON training_plan (owner_unit_id, year);
CREATE INDEX plan_allocation_unit ON plan_allocation (unit_id);
CREATE INDEX nomination_unit_status ON nomination (unit_id, status);

-- Units a reorganization closed (registry.units: UnitsMerged, UnitSplit, UnitClosed), and who took over what they
-- held; successors in the order the registry named them, comma-separated. One row per unit: a unit closes once.
CREATE TABLE unit_closure (
    unit_id           uuid PRIMARY KEY,
    reorganization_id text,
    how               text        NOT NULL,
    effective_date    date        NOT NULL,
    successors        text        NOT NULL,
    recorded_at       timestamptz NOT NULL DEFAULT now()
);

-- The seats of a closed unit passed to its successors, per plan quota: what it kept (seats its cadres already held),
-- what passed, and how they were shared ("unit=seats,…"), so that a split shared evenly before its cadres' transfers
-- arrived can be shared again by the cadres each successor received.
CREATE TABLE plan_seat_pass (
    plan_id           uuid    NOT NULL REFERENCES training_plan (id),
    program_id        uuid    NOT NULL,
    mode              text    NOT NULL,
    from_unit_id      uuid    NOT NULL,
    reorganization_id text,
    kept              integer NOT NULL CHECK (kept >= 0),
    passed            integer NOT NULL CHECK (passed >= 0),
    shares            text    NOT NULL,
    PRIMARY KEY (plan_id, program_id, mode, from_unit_id)
);
CREATE INDEX plan_seat_pass_from ON plan_seat_pass (from_unit_id);

-- The cadres a reorganization moved (CadreTransferred with a reorganizationId), one row each: how many each successor
-- received, to share a split unit's seats in proportion.
CREATE TABLE reorganization_transfer (
    reorganization_id text NOT NULL,
    cadre_id          uuid NOT NULL,
    from_unit_id      uuid NOT NULL,
    to_unit_id        uuid NOT NULL,
    PRIMARY KEY (reorganization_id, cadre_id, from_unit_id)
);
CREATE INDEX reorganization_transfer_from ON reorganization_transfer (from_unit_id);
-- Whether a closed unit still has cadres to move: asked at each of a reorganization's transfers.
CREATE INDEX cadre_replica_unit ON cadre_replica (unit_id, status);
