package org.cadretraining.enrollment.studyplans;

import java.time.Clock;
import java.time.Year;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.cadretraining.enrollment.access.TrainingAccess.UnitFilter;
import org.cadretraining.enrollment.paging.Page;
import org.cadretraining.events.vocabulary.Ladder;
import org.cadretraining.platform.web.InvalidRequest;
import org.cadretraining.platform.web.ProblemHandling.FieldProblem;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Records individual study plans and lists a cadre's. Small enough to keep its SQL here. */
@Service
public class StudyPlans {
    private final JdbcClient jdbc;
    private final Clock clock;

    public StudyPlans(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The checks a plan must pass, each naming its field. */
    public static List<FieldProblem> problems(UUID cadreId, Ladder ladder, String targetLevel, int targetYear,
                                              UUID monitorCadreId, int thisYear) {
        List<FieldProblem> problems = new ArrayList<>();
        List<String> levels = ladder.levels();
        if (targetLevel == null || !levels.subList(1, levels.size()).contains(targetLevel)) {
            problems.add(new FieldProblem("targetLevel", "must be a level of " + ladder + ", one of " + levels.subList(1, levels.size())));
        }
        if (targetYear < thisYear) {
            problems.add(new FieldProblem("targetYear", "must be " + thisYear + " or later"));
        }
        if (cadreId.equals(monitorCadreId)) {
            problems.add(new FieldProblem("monitorCadreId", "must be another cadre than the one studying"));
        }
        return problems;
    }

    @Transactional
    public StudyPlan create(UUID cadreId, Ladder ladder, String targetLevel, int targetYear, UUID monitorCadreId) {
        var problems = problems(cadreId, ladder, targetLevel, targetYear, monitorCadreId, Year.now(clock).getValue());
        if (!problems.isEmpty()) {
            throw new InvalidRequest(problems);
        }
        StudyPlan plan = new StudyPlan(UUID.randomUUID(), cadreId, ladder, targetLevel, targetYear, monitorCadreId, clock.instant());
        jdbc.sql("""
                        INSERT INTO study_plan (id, cadre_id, ladder, target_level, target_year, monitor_cadre_id, created_at)
                        VALUES (:id, :cadre, :ladder, :level, :year, :monitor, :at)""")
                .param("id", plan.id()).param("cadre", cadreId).param("ladder", ladder.name()).param("level", targetLevel)
                .param("year", targetYear).param("monitor", monitorCadreId)
                .param("at", java.sql.Timestamp.from(plan.createdAt()))
                .update();
        return plan;
    }

    /**
     * A page of study plans, by target year: those {@code cadreId} studies under or monitors, or (with
     * {@code cadreId} null) those {@code monitorCadreId} monitors. Only plans of cadres in a unit {@code visible} covers
     * are listed, besides, in the first form, the cadre's own. The caller's scope is matched to the units of the plans'
     * cadres (as the replica knows them), and the page is read in SQL with those units.
     */
    @Transactional(readOnly = true)
    public Page<StudyPlan> page(UUID cadreId, UUID monitorCadreId, UnitFilter visible, int page, int size) {
        Map<String, Object> params = new HashMap<>();
        String base;
        if (cadreId != null) {
            base = "(sp.cadre_id = :person OR sp.monitor_cadre_id = :person)";
            params.put("person", cadreId);
        } else {
            base = "sp.monitor_cadre_id = :person";
            params.put("person", monitorCadreId);
        }
        String from = " FROM study_plan sp LEFT JOIN cadre_replica r ON r.cadre_id = sp.cadre_id WHERE " + base;
        String where = from;
        if (!visible.everywhere()) {
            List<UUID> units = jdbc.sql("SELECT DISTINCT r.unit_id" + from + " AND r.unit_id IS NOT NULL").params(params)
                    .query(UUID.class).list().stream().filter(visible::covers).toList();
            List<String> shown = new ArrayList<>();
            if (cadreId != null) {
                shown.add("sp.cadre_id = :person");
            }
            if (!units.isEmpty()) {
                shown.add("r.unit_id IN (:units)");
                params.put("units", units);
            }
            if (shown.isEmpty()) {
                return Page.empty(page, size);
            }
            where = from + " AND (" + String.join(" OR ", shown) + ")";
        }
        long total = jdbc.sql("SELECT count(*)" + where).params(params).query(Long.class).single();
        params.put("offset", Page.offset(page, size));
        params.put("limit", size);
        List<StudyPlan> items = total == 0 ? List.of() : jdbc.sql("""
                        SELECT sp.id, sp.cadre_id, sp.ladder, sp.target_level, sp.target_year, sp.monitor_cadre_id,
                               sp.created_at""" + where + " ORDER BY sp.target_year, sp.created_at, sp.id OFFSET :offset LIMIT :limit")
                .params(params)
                .query((rs, i) -> new StudyPlan(rs.getObject("id", UUID.class), rs.getObject("cadre_id", UUID.class),
                        Ladder.valueOf(rs.getString("ladder")), rs.getString("target_level"), rs.getInt("target_year"),
                        rs.getObject("monitor_cadre_id", UUID.class), rs.getTimestamp("created_at").toInstant()))
                .list();
        return Page.of(items, page, size, total);
    }
}
