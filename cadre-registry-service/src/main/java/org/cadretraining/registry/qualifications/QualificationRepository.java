package org.cadretraining.registry.qualifications;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.cadretraining.events.vocabulary.Ladder;
import org.cadretraining.events.vocabulary.QualificationSource;
import org.cadretraining.registry.jdbc.BulkCopy;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The qualification records; other features reach them through {@link Qualifications}. */
@Repository
class QualificationRepository {
    private final JdbcClient jdbc;
    private final BulkCopy copy;

    QualificationRepository(JdbcClient jdbc, BulkCopy copy) {
        this.jdbc = jdbc;
        this.copy = copy;
    }

    void insert(QualificationRecord record) {
        insertAll(List.of(record));
    }

    /** Inserts with COPY, in the caller's transaction: an import writes two records a cadre. */
    void insertAll(List<QualificationRecord> records) {
        BulkCopy.Rows rows = copy.into("qualification_record", "id", "cadre_id", "ladder", "level", "field_of_study",
                "institution", "year", "source", "class_id", "enrollment_id", "recorded_at", "awarded_on");
        for (QualificationRecord r : records) {
            rows.add(r.id(), r.cadreId(), r.ladder(), r.level(), r.fieldOfStudy(), r.institution(), r.year(), r.source(),
                    r.classId(), r.enrollmentId(), r.recordedAt(), r.awardedOn());
        }
        rows.write();
    }

    QualificationHistory historyOf(UUID cadreId) {
        return historiesOf(List.of(cadreId)).getOrDefault(cadreId, new QualificationHistory(List.of()));
    }

    /** The histories of many cadres in one query; a cadre without records is absent from the map. */
    Map<UUID, QualificationHistory> historiesOf(Collection<UUID> cadreIds) {
        Map<UUID, List<QualificationRecord>> records = new HashMap<>();
        if (cadreIds.isEmpty()) {
            return Map.of();
        }
        jdbc.sql("""
                        SELECT id, cadre_id, ladder, level, field_of_study, institution, year, source, class_id,
                               enrollment_id, recorded_at, awarded_on
                        FROM qualification_record WHERE cadre_id = ANY(:cadres) ORDER BY recorded_at, id""")
                .param("cadres", cadreIds.toArray(UUID[]::new))
                .query((rs, i) -> new QualificationRecord(rs.getObject("id", UUID.class), rs.getObject("cadre_id", UUID.class),
                        Ladder.valueOf(rs.getString("ladder")), rs.getString("level"), rs.getString("field_of_study"),
                        rs.getString("institution"), (Integer) rs.getObject("year"),
                        QualificationSource.valueOf(rs.getString("source")), rs.getString("class_id"),
                        rs.getString("enrollment_id"), rs.getTimestamp("recorded_at").toInstant(),
                        rs.getObject("awarded_on", java.time.LocalDate.class)))
                .list()
                .forEach(r -> records.computeIfAbsent(r.cadreId(), k -> new ArrayList<>()).add(r));
        Map<UUID, QualificationHistory> histories = new HashMap<>();
        records.forEach((id, list) -> histories.put(id, new QualificationHistory(list)));
        return histories;
    }
}
