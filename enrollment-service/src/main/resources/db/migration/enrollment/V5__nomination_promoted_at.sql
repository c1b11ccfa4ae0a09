-- When a waitlisted nomination took a freed seat (the waitlist's promotion), for the class's roster. Nominations
-- promoted before the column existed are those that waited and then got a seat: their seat's enrollment time is when.
ALTER TABLE nomination ADD COLUMN promoted_at timestamptz;
UPDATE nomination n SET promoted_at = e.enrolled_at FROM enrollment e
WHERE e.id = n.enrollment_id AND n.waitlisted_at IS NOT NULL;
CREATE INDEX nomination_class_promoted ON nomination (class_id, promoted_at) WHERE promoted_at IS NOT NULL;
