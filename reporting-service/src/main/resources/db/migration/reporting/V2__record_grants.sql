-- Who may see personal training records, and where: a grant covers a unit and every unit below it.
CREATE TABLE record_grant (
    username   text        NOT NULL,
    unit_id    text        NOT NULL,
    granted_by text        NOT NULL,
    granted_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (username, unit_id)
);

-- Refused attempts are traced too: they are what an audit looks for.
ALTER TABLE record_access ADD COLUMN granted boolean NOT NULL DEFAULT true;
