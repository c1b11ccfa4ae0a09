package org.cadretraining.enrollment.cadres;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.cadretraining.events.vocabulary.CadreStatus;
import org.cadretraining.events.vocabulary.ManagementTier;
import org.cadretraining.events.vocabulary.PoliticalTheoryLevel;
import org.cadretraining.events.vocabulary.ProfessionalLevel;
import org.cadretraining.events.vocabulary.QualificationLevels;
import org.cadretraining.events.vocabulary.StateManagementLevel;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class CadreReplicaRepository {
    private static final String COLUMNS = """
            cadre_id, unit_id, status, management_tier, professional_level, political_theory_level,
            state_management_level, updated_at""";
    private final JdbcClient jdbc;

    public CadreReplicaRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** An event waiting for its cadre's CadreRegistered. */
    record ParkedEvent(String eventId, UUID cadreId, String eventType, String payload) {
    }

    public Optional<ReplicatedCadre> find(UUID cadreId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM cadre_replica WHERE cadre_id = :id").param("id", cadreId)
                .query(CadreReplicaRepository::map).optional();
    }

    public void save(ReplicatedCadre cadre) {
        jdbc.sql("INSERT INTO cadre_replica (" + COLUMNS + """
                        ) VALUES (:id, :unit, :status, :tier, :professional, :politicalTheory, :stateManagement, :at)
                        ON CONFLICT (cadre_id) DO UPDATE SET unit_id = excluded.unit_id, status = excluded.status,
                            management_tier = excluded.management_tier, professional_level = excluded.professional_level,
                            political_theory_level = excluded.political_theory_level,
                            state_management_level = excluded.state_management_level, updated_at = excluded.updated_at""")
                .param("id", cadre.cadreId()).param("unit", cadre.unitId()).param("status", nameOf(cadre.status()))
                .param("tier", nameOf(cadre.managementTier()))
                .param("professional", cadre.levels().professional().name())
                .param("politicalTheory", cadre.levels().politicalTheory().name())
                .param("stateManagement", cadre.levels().stateManagement().name())
                .param("at", Timestamp.from(cadre.updatedAt()))
                .update();
    }

    public void park(ParkedEvent event) {
        jdbc.sql("""
                        INSERT INTO cadre_replica_parked_event (event_id, cadre_id, event_type, payload)
                        VALUES (:id, :cadre, :type, :payload) ON CONFLICT (event_id) DO NOTHING""")
                .param("id", event.eventId()).param("cadre", event.cadreId()).param("type", event.eventType())
                .param("payload", event.payload())
                .update();
    }

    /** Removes and returns the cadre's parked events, oldest first. */
    public List<ParkedEvent> unpark(UUID cadreId) {
        List<ParkedEvent> parked = jdbc.sql("""
                        SELECT event_id, cadre_id, event_type, payload FROM cadre_replica_parked_event
                        WHERE cadre_id = :cadre ORDER BY position FOR UPDATE""")
                .param("cadre", cadreId)
                .query((rs, i) -> new ParkedEvent(rs.getString("event_id"), rs.getObject("cadre_id", UUID.class),
                        rs.getString("event_type"), rs.getString("payload")))
                .list();
        if (!parked.isEmpty()) {
            jdbc.sql("DELETE FROM cadre_replica_parked_event WHERE cadre_id = :cadre").param("cadre", cadreId).update();
        }
        return parked;
    }

    public long activeIn(UUID unitId) {
        return jdbc.sql("SELECT count(*) FROM cadre_replica WHERE unit_id = :unit AND status = 'ACTIVE'").param("unit", unitId)
                .query(Long.class).single();
    }

    public long parkedCount(UUID cadreId) {
        return jdbc.sql("SELECT count(*) FROM cadre_replica_parked_event WHERE cadre_id = :cadre").param("cadre", cadreId)
                .query(Long.class).single();
    }

    private static ReplicatedCadre map(ResultSet rs, int row) throws SQLException {
        return new ReplicatedCadre(rs.getObject("cadre_id", UUID.class), rs.getObject("unit_id", UUID.class),
                valueOf(CadreStatus.class, rs.getString("status")), valueOf(ManagementTier.class, rs.getString("management_tier")),
                new QualificationLevels(ProfessionalLevel.valueOf(rs.getString("professional_level")),
                        PoliticalTheoryLevel.valueOf(rs.getString("political_theory_level")),
                        StateManagementLevel.valueOf(rs.getString("state_management_level"))),
                rs.getTimestamp("updated_at").toInstant());
    }

    /** Null stands for a value this version does not know; the column keeps no guess. */
    private static String nameOf(Enum<?> value) {
        return value == null ? null : value.name();
    }

    private static <E extends Enum<E>> E valueOf(Class<E> type, String name) {
        return name == null ? null : Enum.valueOf(type, name);
    }
}
