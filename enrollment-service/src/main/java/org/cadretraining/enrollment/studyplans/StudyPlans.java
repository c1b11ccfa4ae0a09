package org.cadretraining.enrollment.studyplans;

import java.time.Clock;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

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

    @Transactional(readOnly = true)
    public List<StudyPlan> ofCadre(UUID cadreId) {
        return jdbc.sql("""
                        SELECT id, cadre_id, ladder, target_level, target_year, monitor_cadre_id, created_at FROM study_plan
                        WHERE cadre_id = :cadre OR monitor_cadre_id = :cadre ORDER BY target_year, created_at""")
                .param("cadre", cadreId)
                .query((rs, i) -> new StudyPlan(rs.getObject("id", UUID.class), rs.getObject("cadre_id", UUID.class),
                        Ladder.valueOf(rs.getString("ladder")), rs.getString("target_level"), rs.getInt("target_year"),
                        rs.getObject("monitor_cadre_id", UUID.class), rs.getTimestamp("created_at").toInstant()))
                .list();
    }
}
