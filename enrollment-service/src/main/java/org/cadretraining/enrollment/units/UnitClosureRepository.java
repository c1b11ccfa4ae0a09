package org.cadretraining.enrollment.units;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class UnitClosureRepository {
    private final JdbcClient jdbc;

    UnitClosureRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Records the closure unless the unit's closure is already known; true when this call recorded it. */
    boolean insert(Closure closure) {
        return jdbc.sql("""
                        INSERT INTO unit_closure (unit_id, reorganization_id, how, effective_date, successors)
                        VALUES (:unit, :reorganization, :how, :effective, :successors)
                        ON CONFLICT (unit_id) DO NOTHING""")
                .param("unit", closure.unitId()).param("reorganization", closure.reorganizationId())
                .param("how", closure.how().name()).param("effective", closure.effectiveDate())
                .param("successors", String.join(",", closure.successors().stream().map(UUID::toString).toList()))
                .update() == 1;
    }

    /** Held until the transaction ends: the unit's closure and its cadres' transfers are handled one at a time. */
    void lock(UUID unitId) {
        jdbc.sql("SELECT pg_advisory_xact_lock(hashtextextended(:key, 0))").param("key", "closure/" + unitId).query((rs, i) -> 1).list();
    }

    Optional<Closure> find(UUID unitId) {
        return jdbc.sql("SELECT unit_id, reorganization_id, how, effective_date, successors FROM unit_closure WHERE unit_id = :unit")
                .param("unit", unitId).query(UnitClosureRepository::map).optional();
    }

    private static Closure map(ResultSet rs, int row) throws SQLException {
        String successors = rs.getString("successors");
        List<UUID> ids = successors.isEmpty() ? List.of() : Arrays.stream(successors.split(",")).map(UUID::fromString).toList();
        return new Closure(rs.getObject("unit_id", UUID.class), rs.getString("reorganization_id"),
                Closure.How.valueOf(rs.getString("how")), rs.getObject("effective_date", LocalDate.class), ids);
    }
}
