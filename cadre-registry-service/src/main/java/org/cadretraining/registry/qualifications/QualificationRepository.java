package org.cadretraining.registry.qualifications;

import java.sql.Timestamp;
import java.util.List;
import java.util.UUID;

import org.cadretraining.events.vocabulary.Ladder;
import org.cadretraining.events.vocabulary.QualificationSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class QualificationRepository {
    private final JdbcClient jdbc;

    public QualificationRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(QualificationRecord record) {
        jdbc.sql("""
                        INSERT INTO qualification_record (id, cadre_id, ladder, level, field_of_study, institution, year,
                                                          source, class_id, enrollment_id, recorded_at)
                        VALUES (:id, :cadre, :ladder, :level, :field, :institution, :year, :source, :classId, :enrollmentId, :at)""")
                .param("id", record.id()).param("cadre", record.cadreId()).param("ladder", record.ladder().name())
                .param("level", record.level()).param("field", record.fieldOfStudy()).param("institution", record.institution())
                .param("year", record.year()).param("source", record.source().name()).param("classId", record.classId())
                .param("enrollmentId", record.enrollmentId()).param("at", Timestamp.from(record.recordedAt()))
                .update();
    }

    public QualificationHistory historyOf(UUID cadreId) {
        return new QualificationHistory(jdbc.sql("""
                        SELECT id, cadre_id, ladder, level, field_of_study, institution, year, source, class_id,
                               enrollment_id, recorded_at
                        FROM qualification_record WHERE cadre_id = :cadre ORDER BY recorded_at, id""")
                .param("cadre", cadreId)
                .query((rs, i) -> new QualificationRecord(rs.getObject("id", UUID.class), rs.getObject("cadre_id", UUID.class),
                        Ladder.valueOf(rs.getString("ladder")), rs.getString("level"), rs.getString("field_of_study"),
                        rs.getString("institution"), (Integer) rs.getObject("year"),
                        QualificationSource.valueOf(rs.getString("source")), rs.getString("class_id"),
                        rs.getString("enrollment_id"), rs.getTimestamp("recorded_at").toInstant()))
                .list());
    }
}
