package org.cadretraining.registry.agencyfeed;

import java.util.List;
import java.util.Optional;

import org.cadretraining.events.agency.TrainingRecordPublished;
import org.cadretraining.platform.events.EventCodec;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The training records last published, one per enrollment: what the next snapshot of an enrollment starts from. */
@Repository
class AgencyFeedRepository {
    private final JdbcClient jdbc;

    AgencyFeedRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<TrainingRecordPublished> training(String enrollmentId) {
        return jdbc.sql("SELECT record FROM agency_training WHERE enrollment_id = :id").param("id", enrollmentId)
                .query(String.class).optional()
                .map(json -> EventCodec.fromJson(json.getBytes(java.nio.charset.StandardCharsets.UTF_8),
                        TrainingRecordPublished.class));
    }

    void save(TrainingRecordPublished record) {
        jdbc.sql("""
                        INSERT INTO agency_training (enrollment_id, cadre_id, record) VALUES (:id, :cadre, :record)
                        ON CONFLICT (enrollment_id) DO UPDATE SET cadre_id = excluded.cadre_id, record = excluded.record""")
                .param("id", record.enrollmentId()).param("cadre", record.cadreId())
                .param("record", EventCodec.toPublishedText(record)).update();
    }

    /** Forgets a departed cadre's records; returns their enrollment ids, for the tombstones. */
    List<String> forget(String cadreId) {
        return jdbc.sql("DELETE FROM agency_training WHERE cadre_id = :cadre RETURNING enrollment_id")
                .param("cadre", cadreId).query(String.class).list();
    }
}
