-- Grants: a role given to a user (the token's subject) on a unit and its whole subtree. The registry is their one
-- source of truth; every other service reads them from registry.access-grants.
CREATE TABLE access_grant (
    id         uuid PRIMARY KEY,
    subject    text        NOT NULL CHECK (length(subject) BETWEEN 1 AND 200),
    role       text        NOT NULL,
    unit_id    uuid        NOT NULL REFERENCES unit (id),
    granted_by text        NOT NULL,
    granted_at timestamptz NOT NULL,
    -- Granting the same role on the same unit again finds this row: grants are idempotent.
    UNIQUE (subject, role, unit_id)
);
CREATE INDEX access_grant_unit ON access_grant (unit_id);

-- Bumped in the transaction of every change to the unit tree, so that each instance's cached copy of the tree
-- (read on every access decision) knows at once that it is out of date, whichever instance made the change.
CREATE TABLE unit_tree_version (
    singleton boolean PRIMARY KEY DEFAULT true CHECK (singleton),
    version   bigint  NOT NULL
);
INSERT INTO unit_tree_version (singleton, version) VALUES (true, 0);

CREATE FUNCTION unit_tree_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE unit_tree_version SET version = version + 1;
    RETURN NULL;
END;
$$;
CREATE TRIGGER unit_tree_changed AFTER INSERT OR DELETE OR UPDATE OF parent_id ON unit
    FOR EACH STATEMENT EXECUTE FUNCTION unit_tree_changed();
