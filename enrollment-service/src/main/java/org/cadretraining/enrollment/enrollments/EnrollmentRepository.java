package org.cadretraining.enrollment.enrollments;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import org.cadretraining.enrollment.classes.ClassSeats;
import org.cadretraining.events.vocabulary.FundingSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class EnrollmentRepository implements ClassSeats {
    private static final String COLUMNS = """
            id, cadre_id, class_id, status, enrolled_at, graduated_on, certificate_number, nomination_id, unit_id, plan_id,
            funding_source, cost, attendance_percent, final_grade, ended_on""";
    private static final List<String> SEATED = Arrays.stream(EnrollmentStatus.values())
            .filter(EnrollmentStatus::takesSeat).map(Enum::name).toList();
    private final JdbcClient jdbc;

    public EnrollmentRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(Enrollment e) {
        jdbc.sql("INSERT INTO enrollment (" + COLUMNS + """
                        ) VALUES (:id, :cadre, :class, :status, :at, :graduatedOn, :certificate, :nomination, :unit, :plan,
                                  :funding, :cost, :attendance, :grade, :endedOn)""")
                .param("id", e.id()).param("cadre", e.cadreId()).param("class", e.classId())
                .param("status", e.status().name()).param("at", Timestamp.from(e.enrolledAt()))
                .param("graduatedOn", e.graduatedOn()).param("certificate", e.certificateNumber())
                .param("nomination", e.nominationId()).param("unit", e.unitId()).param("plan", e.planId())
                .param("funding", e.fundingSource() == null ? null : e.fundingSource().name()).param("cost", e.cost())
                .param("attendance", e.attendancePercent()).param("grade", e.finalGrade()).param("endedOn", e.endedOn())
                .update();
    }

    /** Writes the outcome, result and funding fields of an enrollment that exists. */
    public void update(Enrollment e) {
        jdbc.sql("""
                        UPDATE enrollment SET status = :status, graduated_on = :on, certificate_number = :certificate,
                            funding_source = :funding, cost = :cost, attendance_percent = :attendance, final_grade = :grade,
                            ended_on = :endedOn
                        WHERE id = :id""")
                .param("id", e.id()).param("status", e.status().name()).param("on", e.graduatedOn())
                .param("certificate", e.certificateNumber())
                .param("funding", e.fundingSource() == null ? null : e.fundingSource().name()).param("cost", e.cost())
                .param("attendance", e.attendancePercent()).param("grade", e.finalGrade()).param("endedOn", e.endedOn())
                .update();
    }

    public void recordGraduation(Enrollment e) {
        update(e);
    }

    public Optional<Enrollment> find(UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM enrollment WHERE id = :id").param("id", id)
                .query(EnrollmentRepository::map).optional();
    }

    /** The enrollment, locked until the transaction ends, so that one graduation wins and the other sees it. */
    public Optional<Enrollment> lock(UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM enrollment WHERE id = :id FOR UPDATE").param("id", id)
                .query(EnrollmentRepository::map).optional();
    }

    /** A live (not withdrawn) seat of the cadre in the class. */
    public boolean isEnrolled(UUID cadreId, UUID classId) {
        return jdbc.sql("SELECT count(*) FROM enrollment WHERE cadre_id = :cadre AND class_id = :class AND status <> 'WITHDRAWN'")
                .param("cadre", cadreId).param("class", classId).query(Long.class).single() > 0;
    }

    public List<Enrollment> ofClass(UUID classId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM enrollment WHERE class_id = :class ORDER BY enrolled_at")
                .param("class", classId).query(EnrollmentRepository::map).list();
    }

    /** Seat-taking enrollments per mode of the plan's classes, for the ratio rule. */
    public Map<String, Long> seatedByMode(UUID planId) {
        return jdbc.sql("""
                        SELECT c.mode, count(*) AS seats FROM enrollment e JOIN training_class c ON c.id = e.class_id
                        WHERE e.plan_id = :plan AND e.status IN (:seated) GROUP BY c.mode""")
                .param("plan", planId).param("seated", SEATED)
                .query((rs, i) -> Map.entry(rs.getString("mode"), rs.getLong("seats")))
                .list().stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    /**
     * Every status but WITHDRAWN takes a seat ({@link EnrollmentStatus#takesSeat}); said as the literal predicate of the
     * partial index enrollment_live (class_id, cadre_id), which then serves the count. Given as a list of parameters,
     * the planner could not tell, and read the whole table at every province approval.
     */
    @Override
    public long taken(UUID classId) {
        return jdbc.sql("SELECT count(*) FROM enrollment WHERE class_id = :class AND status <> 'WITHDRAWN'")
                .param("class", classId).query(Long.class).single();
    }

    /** As {@link #taken(UUID)}, for a page of classes. */
    @Override
    public Map<UUID, Long> taken(Collection<UUID> classIds) {
        if (classIds.isEmpty()) {
            return Map.of();
        }
        return jdbc.sql("""
                        SELECT class_id, count(*) AS seats FROM enrollment
                        WHERE class_id IN (:classes) AND status <> 'WITHDRAWN' GROUP BY class_id""")
                .param("classes", List.copyOf(classIds))
                .query((rs, i) -> Map.entry(rs.getObject("class_id", UUID.class), rs.getLong("seats")))
                .list().stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    private static Enrollment map(ResultSet rs, int row) throws SQLException {
        String funding = rs.getString("funding_source");
        Integer attendance = (Integer) rs.getObject("attendance_percent");
        return new Enrollment(rs.getObject("id", UUID.class), rs.getObject("cadre_id", UUID.class),
                rs.getObject("class_id", UUID.class), EnrollmentStatus.valueOf(rs.getString("status")),
                rs.getTimestamp("enrolled_at").toInstant(), rs.getObject("graduated_on", LocalDate.class),
                rs.getString("certificate_number"), rs.getObject("nomination_id", UUID.class),
                rs.getObject("unit_id", UUID.class), rs.getObject("plan_id", UUID.class),
                funding == null ? null : FundingSource.valueOf(funding), rs.getBigDecimal("cost"), attendance,
                rs.getBigDecimal("final_grade"), rs.getObject("ended_on", LocalDate.class));
    }
}
