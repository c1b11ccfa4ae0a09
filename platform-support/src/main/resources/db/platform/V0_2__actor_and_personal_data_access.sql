-- Who made each change: the subject of the token of the request that wrote the event (sent as ce_actor).
ALTER TABLE outbox_event ADD COLUMN actor text;

-- Every read of a person's data, and every refusal of one (Decree 13/2023/NĐ-CP asks that it be traceable).
-- It names the reader and whose data, never the data itself.
CREATE TABLE personal_data_access (
    id            bigserial PRIMARY KEY,
    occurred_at   timestamptz NOT NULL DEFAULT now(),
    actor         text        NOT NULL,
    action        text        NOT NULL,
    granted       boolean     NOT NULL,
    subject_id    text,
    subject_count integer     NOT NULL DEFAULT 1,
    unit_id       text,
    detail        text
);
CREATE INDEX personal_data_access_subject ON personal_data_access (subject_id, occurred_at);
CREATE INDEX personal_data_access_actor ON personal_data_access (actor, occurred_at);
