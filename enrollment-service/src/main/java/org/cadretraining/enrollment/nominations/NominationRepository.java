package org.cadretraining.enrollment.nominations;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.cadretraining.events.vocabulary.FundingSource;
import org.cadretraining.events.vocabulary.NominationStage;
import org.cadretraining.events.vocabulary.StudyMode;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class NominationRepository {
    private static final String COLUMNS = """
            id, cadre_id, class_id, unit_id, plan_id, status, funding_source, cost, reason, nominated_at, decided_at,
            waitlisted_at, enrollment_id""";
    private static final List<String> LIVE = List.of("PENDING_UNIT", "PENDING_PROVINCE", "ENROLLED", "WAITLISTED");
    private final JdbcClient jdbc;

    public NominationRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(Nomination n) {
        jdbc.sql("INSERT INTO nomination (" + COLUMNS + """
                        ) VALUES (:id, :cadre, :class, :unit, :plan, :status, :funding, :cost, :reason, :at, NULL, NULL, NULL)""")
                .param("id", n.id()).param("cadre", n.cadreId()).param("class", n.classId()).param("unit", n.unitId())
                .param("plan", n.planId()).param("status", n.status().name())
                .param("funding", n.fundingSource() == null ? null : n.fundingSource().name()).param("cost", n.cost())
                .param("reason", n.reason()).param("at", Timestamp.from(n.nominatedAt()))
                .update();
    }

    public void update(Nomination n) {
        jdbc.sql("""
                        UPDATE nomination SET status = :status, reason = :reason, decided_at = :decided,
                            waitlisted_at = :waitlisted, enrollment_id = :enrollment WHERE id = :id""")
                .param("id", n.id()).param("status", n.status().name()).param("reason", n.reason())
                .param("decided", ts(n.decidedAt())).param("waitlisted", ts(n.waitlistedAt()))
                .param("enrollment", n.enrollmentId())
                .update();
    }

    public Optional<Nomination> find(UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM nomination WHERE id = :id").param("id", id)
                .query(NominationRepository::map).optional();
    }

    public Optional<Nomination> lock(UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM nomination WHERE id = :id FOR UPDATE").param("id", id)
                .query(NominationRepository::map).optional();
    }

    /**
     * Whether the cadre already holds a live seat in the class (not withdrawn), or another live nomination to it than
     * {@code except}: both in one round trip, as every nomination and approval asks. The literal predicates are those
     * of the partial unique indexes enrollment_live and nomination_live, which answer them.
     */
    public boolean inClass(UUID cadreId, UUID classId, UUID except) {
        return Boolean.TRUE.equals(jdbc.sql("""
                        SELECT EXISTS (SELECT 1 FROM enrollment e WHERE e.class_id = :class AND e.cadre_id = :cadre
                                         AND e.status <> 'WITHDRAWN')
                            OR EXISTS (SELECT 1 FROM nomination n WHERE n.class_id = :class AND n.cadre_id = :cadre
                                         AND n.status NOT IN ('REJECTED', 'WITHDRAWN') AND n.id <> :except)""")
                .param("cadre", cadreId).param("class", classId).param("except", except)
                .query(Boolean.class).single());
    }

    /** Live nominations that use the unit's allocation for a program × mode in the plan, other than {@code except}. */
    public long allocationUsed(UUID planId, UUID programId, StudyMode mode, UUID unitId, UUID except) {
        return jdbc.sql("""
                        SELECT count(*) FROM nomination n JOIN training_class c ON c.id = n.class_id
                        WHERE n.plan_id = :plan AND n.unit_id = :unit AND c.program_id = :program AND c.mode = :mode
                          AND n.status IN (:live) AND n.id <> :except""")
                .param("plan", planId).param("unit", unitId).param("program", programId).param("mode", mode.name())
                .param("live", LIVE).param("except", except)
                .query(Long.class).single();
    }

    /** Serialises nominations that draw on one allocation, until the transaction ends. */
    public void lockAllocation(UUID planId, UUID unitId) {
        jdbc.sql("SELECT pg_advisory_xact_lock(hashtextextended(:key, 0))").param("key", planId + "/" + unitId)
                .query((rs, i) -> 1).list();
    }

    public long waitlisted(UUID classId) {
        return jdbc.sql("SELECT count(*) FROM nomination WHERE class_id = :class AND status = 'WAITLISTED'")
                .param("class", classId).query(Long.class).single();
    }

    /** The first in line on the class's waitlist, locked. Callers hold the class's lock. */
    public Optional<Nomination> lockFirstWaitlisted(UUID classId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM nomination " + """
                         WHERE class_id = :class AND status = 'WAITLISTED'
                        ORDER BY waitlisted_at, id LIMIT 1 FOR UPDATE""")
                .param("class", classId).query(NominationRepository::map).optional();
    }

    /** Position in line, 1 for the first. */
    public int position(Nomination n) {
        return jdbc.sql("""
                        SELECT count(*) FROM nomination WHERE class_id = :class AND status = 'WAITLISTED'
                        AND (waitlisted_at, id) <= (:at, :id)""")
                .param("class", n.classId()).param("at", ts(n.waitlistedAt())).param("id", n.id())
                .query(Integer.class).single();
    }

    public List<Nomination> openOfClass(UUID classId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM nomination " + """
                         WHERE class_id = :class AND status IN ('PENDING_UNIT', 'PENDING_PROVINCE', 'WAITLISTED')
                        ORDER BY nominated_at FOR UPDATE""")
                .param("class", classId).query(NominationRepository::map).list();
    }

    /** Open nominations (not yet enrolled, rejected or withdrawn) of the unit, locked in id order. */
    public List<Nomination> lockOpenOfUnit(UUID unitId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM nomination " + """
                         WHERE unit_id = :unit AND status IN ('PENDING_UNIT', 'PENDING_PROVINCE', 'WAITLISTED')
                        ORDER BY id FOR UPDATE""")
                .param("unit", unitId).query(NominationRepository::map).list();
    }

    /** Open nominations of the cadre by the unit, locked in id order. */
    public List<Nomination> lockOpenOfCadre(UUID cadreId, UUID unitId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM nomination " + """
                         WHERE cadre_id = :cadre AND unit_id = :unit AND status IN ('PENDING_UNIT', 'PENDING_PROVINCE', 'WAITLISTED')
                        ORDER BY id FOR UPDATE""")
                .param("cadre", cadreId).param("unit", unitId).query(NominationRepository::map).list();
    }

    public void reassign(UUID nominationId, UUID unitId) {
        jdbc.sql("UPDATE nomination SET unit_id = :unit WHERE id = :id").param("id", nominationId).param("unit", unitId).update();
    }

    public List<Nomination> ofClass(UUID classId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM nomination WHERE class_id = :class ORDER BY nominated_at")
                .param("class", classId).query(NominationRepository::map).list();
    }

    /** The units that have nominated at all (to the class, when one is named): the few a caller's scope is matched to. */
    public List<UUID> nominatingUnits(UUID classId) {
        if (classId == null) {
            return jdbc.sql("SELECT DISTINCT unit_id FROM nomination").query(UUID.class).list();
        }
        return jdbc.sql("SELECT DISTINCT unit_id FROM nomination WHERE class_id = :class").param("class", classId)
                .query(UUID.class).list();
    }

    /** A nomination in a list, with its place in line when it is waitlisted. */
    public record Listed(Nomination nomination, Integer waitlistPosition) {
    }

    /**
     * One page of the nominations matching the filters, oldest first, of {@code units} only (null: of every unit).
     * The place in line is counted in the same query, so that a page of a waitlist costs one round trip.
     */
    public List<Listed> search(NominationSearch search, List<UUID> units, long offset, int limit) {
        Map<String, Object> params = new HashMap<>();
        String where = where(search, units, params);
        params.put("offset", offset);
        params.put("limit", limit);
        return jdbc.sql("SELECT " + COLUMNS + """
                        , CASE WHEN n.status = 'WAITLISTED' THEN (SELECT count(*) FROM nomination w
                              WHERE w.class_id = n.class_id AND w.status = 'WAITLISTED'
                                AND (w.waitlisted_at, w.id) <= (n.waitlisted_at, n.id)) END AS waitlist_position
                        FROM nomination n""" + where + " ORDER BY n.nominated_at, n.id OFFSET :offset LIMIT :limit")
                .params(params)
                .query((rs, i) -> new Listed(map(rs, i), rs.getObject("waitlist_position") instanceof Number position
                        ? position.intValue() : null))
                .list();
    }

    public long count(NominationSearch search, List<UUID> units) {
        Map<String, Object> params = new HashMap<>();
        String where = where(search, units, params);
        return jdbc.sql("SELECT count(*) FROM nomination n" + where).params(params).query(Long.class).single();
    }

    private static String where(NominationSearch search, List<UUID> units, Map<String, Object> params) {
        List<String> conditions = new ArrayList<>();
        if (units != null) {
            conditions.add("n.unit_id IN (:units)");
            params.put("units", units);
        }
        if (search.classId() != null) {
            conditions.add("n.class_id = :class");
            params.put("class", search.classId());
        }
        if (search.status() != null) {
            conditions.add("n.status = :status");
            params.put("status", search.status().name());
        }
        if (search.awaiting() != null) {
            conditions.add("n.status = :awaiting");
            params.put("awaiting", search.awaiting() == NominationStage.UNIT ? NominationStatus.PENDING_UNIT.name()
                    : NominationStatus.PENDING_PROVINCE.name());
        }
        return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
    }

    /** The class's waitlist in order: the first is the next to take a freed seat. */
    public List<Nomination> waitlistOf(UUID classId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM nomination " + """
                         WHERE class_id = :class AND status = 'WAITLISTED' ORDER BY waitlisted_at, id""")
                .param("class", classId).query(NominationRepository::map).list();
    }

    /** Records that the nomination took a freed seat from the waitlist. */
    public void markPromoted(UUID nominationId, Instant at) {
        jdbc.sql("UPDATE nomination SET promoted_at = :at WHERE id = :id").param("id", nominationId).param("at", ts(at)).update();
    }

    /** The class's promotions from its waitlist, in the order they happened. */
    public List<WaitlistPromotion> promotionsOf(UUID classId) {
        return jdbc.sql("""
                        SELECT id, cadre_id, unit_id, enrollment_id, promoted_at FROM nomination
                        WHERE class_id = :class AND promoted_at IS NOT NULL ORDER BY promoted_at, id""")
                .param("class", classId)
                .query((rs, i) -> new WaitlistPromotion(rs.getObject("id", UUID.class), rs.getObject("cadre_id", UUID.class),
                        rs.getObject("unit_id", UUID.class), rs.getObject("enrollment_id", UUID.class),
                        rs.getTimestamp("promoted_at").toInstant()))
                .list();
    }

    private static Timestamp ts(Instant at) {
        return at == null ? null : Timestamp.from(at);
    }

    private static Nomination map(ResultSet rs, int row) throws SQLException {
        String funding = rs.getString("funding_source");
        Timestamp decided = rs.getTimestamp("decided_at");
        Timestamp waitlisted = rs.getTimestamp("waitlisted_at");
        return new Nomination(rs.getObject("id", UUID.class), rs.getObject("cadre_id", UUID.class),
                rs.getObject("class_id", UUID.class), rs.getObject("unit_id", UUID.class), rs.getObject("plan_id", UUID.class),
                NominationStatus.valueOf(rs.getString("status")), funding == null ? null : FundingSource.valueOf(funding),
                rs.getBigDecimal("cost"), rs.getString("reason"), rs.getTimestamp("nominated_at").toInstant(),
                decided == null ? null : decided.toInstant(), waitlisted == null ? null : waitlisted.toInstant(),
                rs.getObject("enrollment_id", UUID.class));
    }
}
