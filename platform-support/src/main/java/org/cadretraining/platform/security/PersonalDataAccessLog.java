package org.cadretraining.platform.security;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Who read whose personal data, and who was refused (Decree 13/2023/NĐ-CP). Each line is written in a transaction of
 * its own, so that a refusal is kept even when the request it ends rolls back. It names the reader, the person (or how
 * many, for a list or a file) and the unit; never the data.
 */
public class PersonalDataAccessLog {
    private final JdbcClient jdbc;
    private final TransactionTemplate ownTransaction;

    public PersonalDataAccessLog(JdbcClient jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** One line of the log. {@code subjectCount} is how many people a list, a search or a file covered. */
    public record Entry(long id, Instant occurredAt, String actor, String action, boolean granted, String subjectId,
                        int subjectCount, String unitId, String detail) {
    }

    /** A read of one person's data. */
    public void read(String action, String subjectId, String unitId) {
        write(action, true, subjectId, 1, unitId, null);
    }

    /** A read of many people's data at once: a search, a list, an export, an import's report. */
    public void readMany(String action, int count, String unitId, String detail) {
        write(action, true, null, count, unitId, detail);
    }

    /** A refused read. */
    public void refused(String action, String subjectId, String unitId) {
        write(action, false, subjectId, subjectId == null ? 0 : 1, unitId, null);
    }

    private void write(String action, boolean granted, String subjectId, int count, String unitId, String detail) {
        String actor = Actor.current();
        ownTransaction.executeWithoutResult(status -> jdbc.sql("""
                        INSERT INTO personal_data_access (actor, action, granted, subject_id, subject_count, unit_id, detail)
                        VALUES (:actor, :action, :granted, :subject, :count, :unit, :detail)""")
                .param("actor", actor).param("action", action).param("granted", granted).param("subject", subjectId)
                .param("count", count).param("unit", unitId).param("detail", detail).update());
    }

    /** The latest lines, newest first, narrowed to a reader, a person, or a time. */
    public List<Entry> find(String actor, String subjectId, Instant since, int limit) {
        return jdbc.sql("""
                        SELECT id, occurred_at, actor, action, granted, subject_id, subject_count, unit_id, detail
                        FROM personal_data_access
                        WHERE (CAST(:actor AS text) IS NULL OR actor = :actor)
                          AND (CAST(:subject AS text) IS NULL OR subject_id = :subject)
                          AND occurred_at >= :since
                        ORDER BY id DESC LIMIT :limit""")
                .param("actor", actor).param("subject", subjectId)
                .param("since", Timestamp.from(since == null ? Instant.EPOCH : since)).param("limit", limit)
                .query((rs, i) -> new Entry(rs.getLong("id"), rs.getTimestamp("occurred_at").toInstant(), rs.getString("actor"),
                        rs.getString("action"), rs.getBoolean("granted"), rs.getString("subject_id"), rs.getInt("subject_count"),
                        rs.getString("unit_id"), rs.getString("detail")))
                .list();
    }

    /** How many granted reads of a person there were. */
    public long readsOf(String subjectId) {
        return jdbc.sql("SELECT count(*) FROM personal_data_access WHERE subject_id = :s AND granted").param("s", subjectId)
                .query(Long.class).single();
    }

    /** How many refused reads of a person there were. */
    public long refusalsOf(String subjectId) {
        return jdbc.sql("SELECT count(*) FROM personal_data_access WHERE subject_id = :s AND NOT granted").param("s", subjectId)
                .query(Long.class).single();
    }
}
