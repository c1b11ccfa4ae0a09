-- Who read whose training record now goes to the platform's shared personal-data access log, and who may read one is
-- decided by the platform's grants: the old trace is carried over, and reporting's own tables go.
INSERT INTO personal_data_access (occurred_at, actor, action, granted, subject_id, subject_count, unit_id, detail)
SELECT accessed_at, accessed_by, 'READ_RECORD', granted, cadre_id, 1, NULL, 'carried over from record_access'
FROM record_access
ORDER BY id;

DROP TABLE record_access;
DROP TABLE record_grant;
