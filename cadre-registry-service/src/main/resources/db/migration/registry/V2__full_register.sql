-- Units: a dissolved unit keeps its row (cadres' history points at it) but takes no new cadres or sub-units.
ALTER TABLE unit ADD COLUMN dissolved_at timestamptz;

-- Search by name without diacritics: "nguyen van" finds "Nguyễn Văn". Kept by the application (Java normalization);
-- existing rows are filled here with translate(), so the migration needs no extension.
ALTER TABLE cadre ADD COLUMN search_name text;
UPDATE cadre SET search_name = translate(lower(full_name),
    'àáạảãâầấậẩẫăằắặẳẵèéẹẻẽêềếệểễìíịỉĩòóọỏõôồốộổỗơờớợởỡùúụủũưừứựửữỳýỵỷỹđ',
    'aaaaaaaaaaaaaaaaaeeeeeeeeeeeiiiiiooooooooooooooooouuuuuuuuuuuyyyyyd');
ALTER TABLE cadre ALTER COLUMN search_name SET NOT NULL;
ALTER TABLE cadre ADD COLUMN departed_on date;
ALTER TABLE cadre ADD COLUMN departure_reason text;
CREATE INDEX cadre_tier ON cadre (management_tier);

-- Ủy viên Ban Chấp hành Đảng bộ tỉnh / huyện, with the term.
CREATE TABLE committee_membership (
    cadre_id   uuid    NOT NULL REFERENCES cadre (id),
    committee  text    NOT NULL CHECK (committee IN ('PROVINCIAL_EXECUTIVE', 'DISTRICT_EXECUTIVE')),
    term_start integer NOT NULL,
    term_end   integer NOT NULL CHECK (term_end >= term_start),
    PRIMARY KEY (cadre_id, committee, term_start)
);

-- Quy hoạch: a cadre planned for a title in a term; withdrawn entries stay, marked.
CREATE TABLE succession_entry (
    id                uuid PRIMARY KEY,
    cadre_id          uuid        NOT NULL REFERENCES cadre (id),
    planned_title     text        NOT NULL,
    term_start        integer     NOT NULL,
    term_end          integer     NOT NULL CHECK (term_end > term_start),
    decided_on        date        NOT NULL,
    withdrawn_on      date,
    withdrawal_reason text,
    created_at        timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX succession_entry_live ON succession_entry (cadre_id, planned_title, term_start, term_end)
    WHERE withdrawn_on IS NULL;

-- Luân chuyển: a rotation to another unit for a period.
CREATE TABLE rotation (
    id           uuid PRIMARY KEY,
    cadre_id     uuid        NOT NULL REFERENCES cadre (id),
    from_unit_id uuid        NOT NULL REFERENCES unit (id),
    to_unit_id   uuid        NOT NULL REFERENCES unit (id),
    start_date   date        NOT NULL,
    end_date     date,
    reason       text,
    created_at   timestamptz NOT NULL DEFAULT now(),
    CHECK (end_date IS NULL OR end_date >= start_date)
);
CREATE INDEX rotation_cadre ON rotation (cadre_id);

-- Who changed what, when, with the values before and after. Append-only: the database itself refuses edits.
CREATE TABLE audit_entry (
    id           bigserial PRIMARY KEY,
    subject_type text        NOT NULL,
    subject_id   uuid        NOT NULL,
    action       text        NOT NULL,
    acting_user  text        NOT NULL,
    occurred_at  timestamptz NOT NULL DEFAULT now(),
    before_value jsonb,
    after_value  jsonb
);
CREATE INDEX audit_entry_subject ON audit_entry (subject_id, id);

CREATE FUNCTION audit_entry_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'audit_entry is append-only';
END;
$$;
CREATE TRIGGER audit_entry_append_only BEFORE UPDATE OR DELETE ON audit_entry
    FOR EACH ROW EXECUTE FUNCTION audit_entry_append_only();
