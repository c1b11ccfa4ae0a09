-- Which relay instance sends a database's outbox, and until when (renewed every round). Replaces the advisory lock that
-- was held in a transaction across the whole send, and so for as long as a hung broker kept it waiting.
CREATE TABLE outbox_relay_lease (
    id         integer     PRIMARY KEY CHECK (id = 1),
    holder     text        NOT NULL,
    expires_at timestamptz NOT NULL
);
