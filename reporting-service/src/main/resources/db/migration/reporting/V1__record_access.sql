-- Access to personal training records is traceable (Decree 13/2023/NĐ-CP).
CREATE TABLE record_access (
    id          bigserial PRIMARY KEY,
    cadre_id    text        NOT NULL,
    accessed_by text        NOT NULL,
    accessed_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX record_access_cadre ON record_access (cadre_id, accessed_at);
