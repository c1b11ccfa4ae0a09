package org.cadretraining.registry.rotation;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.cadretraining.events.EventTypes;
import org.cadretraining.events.registry.CadreRotated;
import org.cadretraining.platform.outbox.Outbox;
import org.cadretraining.platform.web.DomainProblem;
import org.cadretraining.registry.audit.AuditTrail;
import org.cadretraining.registry.cadres.Cadre;
import org.cadretraining.registry.cadres.CadreMovements;
import org.cadretraining.registry.cadres.Cadres;
import org.cadretraining.registry.cadres.PersonalRecords;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Starts rotations: the cadre is transferred to the new unit in the same transaction ({@code CadreRotated} +
 * {@code CadreTransferred}), so a rotation needs what the transfer needs: register writes on both units.
 */
@Service
public class Rotations {
    private final JdbcClient jdbc;
    private final Cadres cadres;
    private final CadreMovements movements;
    private final PersonalRecords records;
    private final Outbox outbox;
    private final AuditTrail audit;

    Rotations(JdbcClient jdbc, Cadres cadres, CadreMovements movements, PersonalRecords records, Outbox outbox,
              AuditTrail audit) {
        this.jdbc = jdbc;
        this.cadres = cadres;
        this.movements = movements;
        this.records = records;
        this.outbox = outbox;
        this.audit = audit;
    }

    @Transactional
    public Rotation start(UUID cadreId, UUID toUnitId, LocalDate startDate, LocalDate endDate, String reason) {
        String problem = Rotation.datesProblem(startDate, endDate);
        if (problem != null) {
            throw DomainProblem.invalidField("endDate", problem);
        }
        Cadre cadre = cadres.lock(cadreId);
        movements.requireTransferable(cadre, toUnitId);
        Rotation rotation = new Rotation(UUID.randomUUID(), cadreId, cadre.unitId(), toUnitId, startDate, endDate, reason);
        // The rotation is announced first, then the transfer it causes: a reader sees why before what.
        outbox.append(EventTypes.CADRE_ROTATED, cadreId.toString(), new CadreRotated(cadreId.toString(),
                rotation.id().toString(), cadre.unitId().toString(), toUnitId.toString(), startDate, endDate, reason));
        movements.transfer(cadre, toUnitId, startDate, reason == null ? "rotation" : "rotation: " + reason);
        jdbc.sql("""
                        INSERT INTO rotation (id, cadre_id, from_unit_id, to_unit_id, start_date, end_date, reason)
                        VALUES (:id, :c, :f, :t, :s, :e, :r)""")
                .param("id", rotation.id()).param("c", cadreId).param("f", cadre.unitId()).param("t", toUnitId)
                .param("s", startDate).param("e", endDate).param("r", reason).update();
        audit.record(AuditTrail.CADRE, cadreId, "ROTATION_STARTED", null, rotation);
        return rotation;
    }

    /** The cadre's rotations, for a reader with {@code PERSON_READ} on their unit; logged. */
    @Transactional(readOnly = true)
    public List<Rotation> of(UUID cadreId) {
        records.readable(cadreId, PersonalRecords.READ_ROTATIONS);
        return jdbc.sql("""
                        SELECT id, cadre_id, from_unit_id, to_unit_id, start_date, end_date, reason FROM rotation
                        WHERE cadre_id = :c ORDER BY start_date, created_at""")
                .param("c", cadreId)
                .query((rs, i) -> new Rotation(rs.getObject("id", UUID.class), rs.getObject("cadre_id", UUID.class),
                        rs.getObject("from_unit_id", UUID.class), rs.getObject("to_unit_id", UUID.class),
                        rs.getObject("start_date", LocalDate.class), rs.getObject("end_date", LocalDate.class),
                        rs.getString("reason")))
                .list();
    }
}
