-- The agency feed's training records as last published, one per enrollment (agency.training is compacted by
-- enrollmentId): a graduation's snapshot starts from its enrollment's. No reasons, no certificate numbers: only what
-- the feed carries. A departed cadre's rows are deleted with the tombstones that take them off the feed.
CREATE TABLE agency_training (
    enrollment_id text PRIMARY KEY,
    cadre_id      text NOT NULL,
    record        text NOT NULL
);
CREATE INDEX agency_training_cadre ON agency_training (cadre_id);
