-- A newer registry may send a status or tier this version does not know; the replica keeps it as NULL (not active,
-- meets no tier requirement) instead of refusing the event.
ALTER TABLE cadre_replica ALTER COLUMN status DROP NOT NULL;
ALTER TABLE cadre_replica ALTER COLUMN management_tier DROP NOT NULL;
