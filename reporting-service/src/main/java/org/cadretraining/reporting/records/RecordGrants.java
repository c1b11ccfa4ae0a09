package org.cadretraining.reporting.records;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** The units whose cadres' records each user may see. */
@Repository
public class RecordGrants {
    private final JdbcClient jdbc;

    public RecordGrants(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public record Grant(String unitId, String grantedBy, java.time.OffsetDateTime grantedAt) {
    }

    public RecordEntitlement of(String username) {
        Set<String> units = new HashSet<>(jdbc.sql("SELECT unit_id FROM record_grant WHERE username = :user")
                .param("user", username).query(String.class).list());
        return new RecordEntitlement(username, units);
    }

    public List<Grant> grantsOf(String username) {
        return jdbc.sql("SELECT unit_id, granted_by, granted_at FROM record_grant WHERE username = :user ORDER BY unit_id")
                .param("user", username).query(Grant.class).list();
    }

    /** Replaces the user's grants with these units; an empty list takes every grant back. */
    @Transactional
    public void replace(String username, Set<String> unitIds, String grantedBy) {
        jdbc.sql("DELETE FROM record_grant WHERE username = :user AND NOT (unit_id = ANY(:units))")
                .param("user", username).param("units", unitIds.toArray(String[]::new)).update();
        for (String unitId : unitIds) {
            jdbc.sql("INSERT INTO record_grant (username, unit_id, granted_by) VALUES (:user, :unit, :by) ON CONFLICT DO NOTHING")
                    .param("user", username).param("unit", unitId).param("by", grantedBy).update();
        }
    }
}
