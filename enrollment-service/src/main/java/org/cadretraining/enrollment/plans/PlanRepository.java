package org.cadretraining.enrollment.plans;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
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
    private static final String COLUMNS = "id, year, name, needs_deadline, status, created_at, approved_at";
    private final JdbcClient jdbc;

    public PlanRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(TrainingPlan plan) {
        jdbc.sql("INSERT INTO training_plan (" + COLUMNS + ") VALUES (:id, :year, :name, :deadline, :status, :at, NULL)")
                .param("id", plan.id()).param("year", plan.year()).param("name", plan.name())
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

    public Optional<TrainingPlan> approvedFor(int year) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM training_plan WHERE year = :year AND status = 'APPROVED'")
                .param("year", year).query(PlanRepository::map).optional();
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
                rs.getTimestamp("created_at").toInstant(), approved == null ? null : approved.toInstant());
    }
}
