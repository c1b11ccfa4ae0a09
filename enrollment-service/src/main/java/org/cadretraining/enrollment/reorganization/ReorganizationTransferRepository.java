package org.cadretraining.enrollment.reorganization;

import java.sql.ResultSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.cadretraining.enrollment.cadres.MovedByReorganization;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class ReorganizationTransferRepository {
    private final JdbcClient jdbc;

    ReorganizationTransferRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void record(MovedByReorganization moved) {
        jdbc.sql("""
                        INSERT INTO reorganization_transfer (reorganization_id, cadre_id, from_unit_id, to_unit_id)
                        VALUES (:reorganization, :cadre, :from, :to) ON CONFLICT DO NOTHING""")
                .param("reorganization", moved.reorganizationId()).param("cadre", moved.cadreId())
                .param("from", moved.fromUnitId()).param("to", moved.toUnitId()).update();
    }

    /** How many cadres each unit received from the closed unit (in the reorganization, when it is named). */
    Map<UUID, Long> received(UUID fromUnitId, String reorganizationId) {
        Map<UUID, Long> received = new LinkedHashMap<>();
        String sql = "SELECT to_unit_id, count(*) AS cadres FROM reorganization_transfer WHERE from_unit_id = :from"
                + (reorganizationId == null ? "" : " AND reorganization_id = :reorganization") + " GROUP BY to_unit_id";
        var statement = jdbc.sql(sql).param("from", fromUnitId);
        if (reorganizationId != null) {
            statement = statement.param("reorganization", reorganizationId);
        }
        statement.query((ResultSet rs) -> {
            received.put(rs.getObject("to_unit_id", UUID.class), rs.getLong("cadres"));
        });
        return received;
    }
}
