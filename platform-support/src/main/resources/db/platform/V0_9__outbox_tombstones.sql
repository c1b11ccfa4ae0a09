-- A compacted snapshot topic forgets a key through a tombstone: a record with the key and no value. The agency feed
-- writes one when a cadre departs, so that their snapshot leaves the topic at the next compaction.
ALTER TABLE outbox_event ALTER COLUMN payload DROP NOT NULL;
