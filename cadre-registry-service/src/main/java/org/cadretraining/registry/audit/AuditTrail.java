package org.cadretraining.registry.audit;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.cadretraining.platform.events.EventCodec;
import org.cadretraining.platform.security.Actor;
import org.cadretraining.registry.jdbc.BulkCopy;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The append-only audit trail. Written in the transaction of the change it records, so a change that rolls back
 * leaves no line, and a line never describes a change that did not happen. Each line names its actor: the subject of
 * the request's validated token, or the system actor applying an event.
 */
@Repository
public class AuditTrail {
    public static final String CADRE = "CADRE";
    public static final String UNIT = "UNIT";
    public static final String ACCESS_GRANT = "ACCESS_GRANT";
    public static final String REORGANIZATION = "REORGANIZATION";
    private final JdbcClient jdbc;
    private final BulkCopy copy;

    public AuditTrail(JdbcClient jdbc, BulkCopy copy) {
        this.jdbc = jdbc;
        this.copy = copy;
    }

    /** A change about to be recorded; {@code before} and {@code after} are values serialized as JSON, or null. */
    public record Change(String subjectType, UUID subjectId, String action, Object before, Object after) {
    }

    public void record(String subjectType, UUID subjectId, String action, Object before, Object after) {
        recordAll(List.of(new Change(subjectType, subjectId, action, before, after)));
    }

    public void recordAll(List<Change> changes) {
        if (changes.isEmpty()) {
            return;
        }
        String user = Actor.current();
        Instant now = Instant.now();
        BulkCopy.Rows rows = copy.into("audit_entry", "subject_type", "subject_id", "action", "acting_user", "occurred_at",
                "before_value", "after_value");
        for (Change c : changes) {
            rows.add(c.subjectType(), c.subjectId(), c.action(), user, now, json(c.before()), json(c.after()));
        }
        // COPY, in the change's transaction: an import audits tens of thousands of cadres at once.
        rows.write();
    }

    public List<AuditEntry> historyOf(UUID subjectId) {
        return jdbc.sql("""
                        SELECT id, subject_type, subject_id, action, acting_user, occurred_at, before_value::text AS b,
                               after_value::text AS a
                        FROM audit_entry WHERE subject_id = :id ORDER BY id""")
                .param("id", subjectId)
                .query((rs, i) -> new AuditEntry(rs.getLong("id"), rs.getString("subject_type"),
                        rs.getObject("subject_id", UUID.class), rs.getString("action"), rs.getString("acting_user"),
                        rs.getTimestamp("occurred_at").toInstant(), rs.getString("b"), rs.getString("a")))
                .list();
    }

    private static String json(Object value) {
        return value == null ? null : EventCodec.toJsonText(value);
    }
}
