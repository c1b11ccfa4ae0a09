package org.cadretraining.registry.access;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.cadretraining.events.vocabulary.AccessRole;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The grants table. */
@Repository
class GrantRepository {
    private static final String COLUMNS = "id, subject, role, unit_id, granted_by, granted_at";
    private final JdbcClient jdbc;

    GrantRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Inserts the grant unless the subject already holds that role on that unit; returns whether it did. */
    boolean insertIfAbsent(AccessGrant grant) {
        return jdbc.sql("""
                        INSERT INTO access_grant (id, subject, role, unit_id, granted_by, granted_at)
                        VALUES (:id, :subject, :role, :unit, :by, :at)
                        ON CONFLICT (subject, role, unit_id) DO NOTHING""")
                .param("id", grant.id()).param("subject", grant.subject()).param("role", grant.role().name())
                .param("unit", grant.unitId()).param("by", grant.grantedBy()).param("at", Timestamp.from(grant.grantedAt()))
                .update() == 1;
    }

    Optional<AccessGrant> find(String subject, AccessRole role, UUID unitId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM access_grant WHERE subject = :subject AND role = :role AND unit_id = :unit")
                .param("subject", subject).param("role", role.name()).param("unit", unitId)
                .query(GrantRepository::map).optional();
    }

    /** Locks the grant's row, so that a revocation and another change to it apply one after the other. */
    Optional<AccessGrant> lock(UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM access_grant WHERE id = :id FOR UPDATE").param("id", id)
                .query(GrantRepository::map).optional();
    }

    void delete(UUID id) {
        jdbc.sql("DELETE FROM access_grant WHERE id = :id").param("id", id).update();
    }

    /** The subject's grants: read on every request, by the unique index's leading column. */
    List<AccessGrant> of(String subject) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM access_grant WHERE subject = :subject ORDER BY granted_at, id")
                .param("subject", subject).query(GrantRepository::map).list();
    }

    /** Every grant, or one subject's, oldest first. */
    List<AccessGrant> find(String subject) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM access_grant WHERE (CAST(:subject AS text) IS NULL OR subject = :subject)"
                        + " ORDER BY granted_at, id")
                .param("subject", subject).query(GrantRepository::map).list();
    }

    private static AccessGrant map(ResultSet rs, int row) throws SQLException {
        return new AccessGrant(rs.getObject("id", UUID.class), rs.getString("subject"), AccessRole.valueOf(rs.getString("role")),
                rs.getObject("unit_id", UUID.class), rs.getString("granted_by"), rs.getTimestamp("granted_at").toInstant());
    }
}
