package org.cadretraining.enrollment.plans;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.cadretraining.enrollment.plans.TrainingPlan.Need;
import org.cadretraining.enrollment.plans.TrainingPlan.Quota;
import org.cadretraining.events.vocabulary.StudyMode;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class PlanRepository {
    private static final String COLUMNS = """
            id, year, name, needs_deadline, status, created_at, approved_at, owner_unit_id, owner_successor_unit_id,
            owner_note""";
    private final JdbcClient jdbc;

    public PlanRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(TrainingPlan plan) {
        jdbc.sql("INSERT INTO training_plan (" + COLUMNS + ") VALUES (:id, :year, :name, :deadline, :status, :at, NULL, :owner, NULL, NULL)")
                .param("id", plan.id()).param("year", plan.year()).param("name", plan.name()).param("owner", plan.ownerUnitId())
                .param("deadline", plan.needsDeadline()).param("status", plan.status().name())
                .param("at", Timestamp.from(plan.createdAt()))
                .update();
    }

    public Optional<TrainingPlan> find(UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM training_plan WHERE id = :id").param("id", id)
                .query(PlanRepository::map).optional();
    }

    public Optional<TrainingPlan> lock(UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM training_plan WHERE id = :id FOR UPDATE").param("id", id)
                .query(PlanRepository::map).optional();
    }

    public List<TrainingPlan> approvedOf(int year) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM training_plan WHERE year = :year AND status = 'APPROVED' ORDER BY approved_at, id")
                .param("year", year).query(PlanRepository::map).list();
    }

    /**
     * Approved plans of the year with a quota for the program and mode, and whether each gives the unit seats in it:
     * the plans that may govern a nomination.
     */
    public List<PlanOwnership.Candidate> candidates(int year, UUID programId, StudyMode mode, UUID unitId) {
        return jdbc.sql("""
                        SELECT p.id, p.owner_unit_id, p.owner_successor_unit_id, p.approved_at,
                            EXISTS (SELECT 1 FROM plan_allocation a WHERE a.plan_id = p.id AND a.program_id = q.program_id
                                AND a.mode = q.mode AND a.unit_id = :unit) AS allocates
                        FROM training_plan p JOIN plan_quota q ON q.plan_id = p.id
                        WHERE p.year = :year AND p.status = 'APPROVED' AND q.program_id = :program AND q.mode = :mode
                        ORDER BY p.approved_at, p.id""")
                .param("year", year).param("program", programId).param("mode", mode.name())
                // No unit (a cadre not known): no allocation can name it.
                .param("unit", unitId == null ? new UUID(0, 0) : unitId)
                .query((rs, i) -> new PlanOwnership.Candidate(rs.getObject("id", UUID.class), rs.getObject("owner_unit_id", UUID.class),
                        rs.getObject("owner_successor_unit_id", UUID.class), rs.getBoolean("allocates"),
                        rs.getTimestamp("approved_at").toInstant()))
                .list();
    }

    /** A page of the plans of the owner (or managed by it as a merged owner's successor) and year, either optional; newest first. */
    public List<TrainingPlan> page(UUID owner, Integer year, long offset, int limit) {
        Map<String, Object> params = new HashMap<>();
        params.put("offset", offset);
        params.put("limit", limit);
        return jdbc.sql("SELECT " + COLUMNS + " FROM training_plan" + where(owner, year, params)
                        + " ORDER BY year DESC, created_at DESC, id OFFSET :offset LIMIT :limit")
                .params(params).query(PlanRepository::map).list();
    }

    public long count(UUID owner, Integer year) {
        Map<String, Object> params = new HashMap<>();
        return jdbc.sql("SELECT count(*) FROM training_plan" + where(owner, year, params)).params(params)
                .query(Long.class).single();
    }

    private static String where(UUID owner, Integer year, Map<String, Object> params) {
        StringBuilder sql = new StringBuilder(" WHERE true");
        if (owner != null) {
            sql.append(" AND (owner_unit_id = :owner OR owner_successor_unit_id = :owner)");
            params.put("owner", owner);
        }
        if (year != null) {
            sql.append(" AND year = :year");
            params.put("year", year);
        }
        return sql.toString();
    }

    /**
     * Plans of {@code fromYear} on that allocate seats to the unit or belong to it, locked, in id order (the order every
     * reorganization takes them in, so that two never deadlock).
     */
    public List<TrainingPlan> lockTouching(UUID unitId, int fromYear) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM training_plan p " + """
                         WHERE p.year >= :year AND (p.owner_unit_id = :unit OR p.owner_successor_unit_id = :unit
                            OR EXISTS (SELECT 1 FROM plan_allocation a WHERE a.plan_id = p.id AND a.unit_id = :unit))
                        ORDER BY p.id FOR UPDATE""")
                .param("unit", unitId).param("year", fromYear).query(PlanRepository::map).list();
    }

    public void setOwner(UUID planId, UUID owner, UUID successor, String note) {
        jdbc.sql("UPDATE training_plan SET owner_unit_id = :owner, owner_successor_unit_id = :successor, owner_note = :note WHERE id = :id")
                .param("id", planId).param("owner", owner).param("successor", successor).param("note", note).update();
    }

    /** Replaces the quota's allocations whole, its quota unchanged. */
    public void replaceAllocations(UUID planId, UUID programId, StudyMode mode, Map<UUID, Integer> allocations) {
        jdbc.sql("DELETE FROM plan_allocation WHERE plan_id = :plan AND program_id = :program AND mode = :mode")
                .param("plan", planId).param("program", programId).param("mode", mode.name()).update();
        allocations.forEach((unit, seats) -> jdbc.sql("""
                        INSERT INTO plan_allocation (plan_id, program_id, mode, unit_id, seats)
                        VALUES (:plan, :program, :mode, :unit, :seats)""")
                .param("plan", planId).param("program", programId).param("mode", mode.name())
                .param("unit", unit).param("seats", seats).update());
    }

    /** Seats of the unit's allocation its cadres already hold: its nominations that were seated under the plan. */
    public int taken(UUID planId, UUID programId, StudyMode mode, UUID unitId) {
        return jdbc.sql("""
                        SELECT count(*) FROM nomination n JOIN training_class c ON c.id = n.class_id
                        WHERE n.plan_id = :plan AND n.unit_id = :unit AND c.program_id = :program AND c.mode = :mode
                          AND n.status = 'ENROLLED'""")
                .param("plan", planId).param("unit", unitId).param("program", programId).param("mode", mode.name())
                .query(Integer.class).single();
    }

    /** Seats of a closed unit passed to its successors in one quota, and how they were shared. */
    record SeatPass(UUID planId, UUID programId, StudyMode mode, UUID fromUnitId, String reorganizationId, int kept,
                    int passed, Map<UUID, Integer> shares) {
    }

    /** Records the pass; false when this unit's seats in this quota were passed already. */
    public boolean insertPass(SeatPass pass) {
        return jdbc.sql("""
                        INSERT INTO plan_seat_pass (plan_id, program_id, mode, from_unit_id, reorganization_id, kept, passed, shares)
                        VALUES (:plan, :program, :mode, :from, :reorganization, :kept, :passed, :shares)
                        ON CONFLICT (plan_id, program_id, mode, from_unit_id) DO NOTHING""")
                .param("plan", pass.planId()).param("program", pass.programId()).param("mode", pass.mode().name())
                .param("from", pass.fromUnitId()).param("reorganization", pass.reorganizationId())
                .param("kept", pass.kept()).param("passed", pass.passed()).param("shares", sharesText(pass.shares()))
                .update() == 1;
    }

    public void updateShares(SeatPass pass, Map<UUID, Integer> shares) {
        jdbc.sql("""
                        UPDATE plan_seat_pass SET shares = :shares
                        WHERE plan_id = :plan AND program_id = :program AND mode = :mode AND from_unit_id = :from""")
                .param("plan", pass.planId()).param("program", pass.programId()).param("mode", pass.mode().name())
                .param("from", pass.fromUnitId()).param("shares", sharesText(shares)).update();
    }

    /** The passes of the closed unit's seats, with their plans locked in id order. */
    public List<SeatPass> lockPassesFrom(UUID fromUnitId) {
        jdbc.sql("""
                        SELECT p.id FROM training_plan p WHERE p.id IN (SELECT plan_id FROM plan_seat_pass WHERE from_unit_id = :from)
                        ORDER BY p.id FOR UPDATE""")
                .param("from", fromUnitId).query(UUID.class).list();
        return jdbc.sql("""
                        SELECT plan_id, program_id, mode, from_unit_id, reorganization_id, kept, passed, shares
                        FROM plan_seat_pass WHERE from_unit_id = :from ORDER BY plan_id, program_id, mode""")
                .param("from", fromUnitId)
                .query((rs, i) -> new SeatPass(rs.getObject("plan_id", UUID.class), rs.getObject("program_id", UUID.class),
                        StudyMode.valueOf(rs.getString("mode")), rs.getObject("from_unit_id", UUID.class),
                        rs.getString("reorganization_id"), rs.getInt("kept"), rs.getInt("passed"), shares(rs.getString("shares"))))
                .list();
    }

    private static String sharesText(Map<UUID, Integer> shares) {
        StringBuilder text = new StringBuilder();
        shares.forEach((unit, seats) -> text.append(text.isEmpty() ? "" : ",").append(unit).append('=').append(seats));
        return text.toString();
    }

    private static Map<UUID, Integer> shares(String text) {
        Map<UUID, Integer> shares = new LinkedHashMap<>();
        if (text != null && !text.isEmpty()) {
            for (String entry : text.split(",")) {
                String[] parts = entry.split("=");
                shares.put(UUID.fromString(parts[0]), Integer.parseInt(parts[1]));
            }
        }
        return shares;
    }

    public void approve(UUID id, Instant at) {
        jdbc.sql("UPDATE training_plan SET status = 'APPROVED', approved_at = :at WHERE id = :id")
                .param("id", id).param("at", Timestamp.from(at)).update();
    }

    /** Replaces the quota for the program and mode, with its allocations. */
    public void putQuota(UUID planId, Quota quota) {
        jdbc.sql("DELETE FROM plan_allocation WHERE plan_id = :plan AND program_id = :program AND mode = :mode")
                .param("plan", planId).param("program", quota.programId()).param("mode", quota.mode().name()).update();
        jdbc.sql("""
                        INSERT INTO plan_quota (plan_id, program_id, mode, quota) VALUES (:plan, :program, :mode, :quota)
                        ON CONFLICT (plan_id, program_id, mode) DO UPDATE SET quota = excluded.quota""")
                .param("plan", planId).param("program", quota.programId()).param("mode", quota.mode().name())
                .param("quota", quota.quota()).update();
        quota.allocations().forEach((unit, seats) -> jdbc.sql("""
                        INSERT INTO plan_allocation (plan_id, program_id, mode, unit_id, seats)
                        VALUES (:plan, :program, :mode, :unit, :seats)""")
                .param("plan", planId).param("program", quota.programId()).param("mode", quota.mode().name())
                .param("unit", unit).param("seats", seats).update());
    }

    public List<Quota> quotas(UUID planId) {
        Map<String, Map<UUID, Integer>> allocations = new LinkedHashMap<>();
        jdbc.sql("SELECT program_id, mode, unit_id, seats FROM plan_allocation WHERE plan_id = :plan ORDER BY unit_id")
                .param("plan", planId)
                .query((ResultSet rs) -> {
                    allocations.computeIfAbsent(rs.getString("program_id") + "/" + rs.getString("mode"), k -> new LinkedHashMap<>())
                            .put(rs.getObject("unit_id", UUID.class), rs.getInt("seats"));
                });
        return jdbc.sql("SELECT program_id, mode, quota FROM plan_quota WHERE plan_id = :plan ORDER BY program_id, mode")
                .param("plan", planId)
                .query((rs, i) -> new Quota(rs.getObject("program_id", UUID.class), StudyMode.valueOf(rs.getString("mode")),
                        rs.getInt("quota"), Map.copyOf(allocations.getOrDefault(rs.getString("program_id") + "/" + rs.getString("mode"), Map.of()))))
                .list();
    }

    public Optional<Quota> quota(UUID planId, UUID programId, StudyMode mode) {
        return quotas(planId).stream().filter(q -> q.programId().equals(programId) && q.mode() == mode).findFirst();
    }

    public void putNeed(UUID planId, Need need) {
        jdbc.sql("""
                        INSERT INTO plan_need (plan_id, unit_id, program_id, mode, cadres, registered_at)
                        VALUES (:plan, :unit, :program, :mode, :cadres, :at)
                        ON CONFLICT (plan_id, unit_id, program_id, mode) DO UPDATE SET cadres = excluded.cadres,
                            registered_at = excluded.registered_at""")
                .param("plan", planId).param("unit", need.unitId()).param("program", need.programId())
                .param("mode", need.mode().name()).param("cadres", need.cadres()).param("at", Timestamp.from(need.registeredAt()))
                .update();
    }

    public List<Need> needs(UUID planId) {
        return jdbc.sql("SELECT unit_id, program_id, mode, cadres, registered_at FROM plan_need WHERE plan_id = :plan ORDER BY unit_id")
                .param("plan", planId)
                .query((rs, i) -> new Need(rs.getObject("unit_id", UUID.class), rs.getObject("program_id", UUID.class),
                        StudyMode.valueOf(rs.getString("mode")), rs.getInt("cadres"), rs.getTimestamp("registered_at").toInstant()))
                .list();
    }

    /** Seats taken (not withdrawn) under the plan per program and mode, keyed "programId/MODE". */
    public Map<String, Long> filled(UUID planId) {
        Map<String, Long> filled = new LinkedHashMap<>();
        jdbc.sql("""
                        SELECT c.program_id, c.mode, count(*) AS seats FROM enrollment e JOIN training_class c ON c.id = e.class_id
                        WHERE e.plan_id = :plan AND e.status <> 'WITHDRAWN' GROUP BY c.program_id, c.mode""")
                .param("plan", planId)
                .query((ResultSet rs) -> {
                    filled.put(rs.getString("program_id") + "/" + rs.getString("mode"), rs.getLong("seats"));
                });
        return filled;
    }

    private static TrainingPlan map(ResultSet rs, int row) throws SQLException {
        Timestamp approved = rs.getTimestamp("approved_at");
        return new TrainingPlan(rs.getObject("id", UUID.class), rs.getInt("year"), rs.getString("name"),
                rs.getObject("needs_deadline", LocalDate.class), TrainingPlan.Status.valueOf(rs.getString("status")),
                rs.getTimestamp("created_at").toInstant(), approved == null ? null : approved.toInstant(),
                rs.getObject("owner_unit_id", UUID.class), rs.getObject("owner_successor_unit_id", UUID.class),
                rs.getString("owner_note"));
    }
}
