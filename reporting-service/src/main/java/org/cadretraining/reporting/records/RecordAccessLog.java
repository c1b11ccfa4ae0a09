package org.cadretraining.reporting.records;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Who looked at whose personal record, and when: Decree 13/2023 asks that access to personal data be traceable.
 * It lives in reporting's own database because reporting is where records are read.
 */
@Repository
public class RecordAccessLog {
    private final JdbcClient jdbc;

    public RecordAccessLog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void recordAccess(String cadreId, String actingUser) {
        record(cadreId, actingUser, true);
    }

    public void recordRefusal(String cadreId, String actingUser) {
        record(cadreId, actingUser, false);
    }

    private void record(String cadreId, String actingUser, boolean granted) {
        jdbc.sql("INSERT INTO record_access (cadre_id, accessed_by, granted) VALUES (:cadre, :user, :granted)")
                .param("cadre", cadreId).param("user", actingUser).param("granted", granted).update();
    }

    /** Accesses that were granted. */
    public long accessesOf(String cadreId) {
        return jdbc.sql("SELECT count(*) FROM record_access WHERE cadre_id = :cadre AND granted").param("cadre", cadreId)
                .query(Long.class).single();
    }

    public long refusalsOf(String cadreId) {
        return jdbc.sql("SELECT count(*) FROM record_access WHERE cadre_id = :cadre AND NOT granted").param("cadre", cadreId)
                .query(Long.class).single();
    }
}
