package org.cadretraining.registry.units;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.cadretraining.events.EventTypes;
import org.cadretraining.events.registry.UnitCreated;
import org.cadretraining.events.vocabulary.UnitLevel;
import org.cadretraining.platform.outbox.Outbox;
import org.cadretraining.platform.web.DomainProblem;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creates units and publishes {@code UnitCreated} in the same transaction. */
@Service
public class UnitRegistration {
    private final UnitRepository units;
    private final Outbox outbox;

    public UnitRegistration(UnitRepository units, Outbox outbox) {
        this.units = units;
        this.outbox = outbox;
    }

    @Transactional
    public Unit create(String code, String name, UnitLevel level, UUID parentId) {
        Unit parent = null;
        if (parentId != null) {
            parent = units.find(parentId).orElseThrow(() -> DomainProblem.invalidField("parentUnitId", "no unit with id " + parentId));
        }
        String placement = UnitHierarchy.placementProblem(level, parent);
        if (placement != null) {
            throw DomainProblem.invalidField(parent == null ? "parentUnitId" : "level", placement);
        }
        if (units.codeTaken(code)) {
            throw new DomainProblem(HttpStatus.CONFLICT, "duplicate-unit-code", "Unit code already used", "code",
                    "code: another unit already has code " + code);
        }
        Unit unit = new Unit(UUID.randomUUID(), code, name, level, parentId);
        units.insert(unit);
        outbox.append(EventTypes.UNIT_CREATED, unit.id().toString(), new UnitCreated(unit.id().toString(), code, name, level,
                parentId == null ? null : parentId.toString(), Instant.now()));
        return unit;
    }

    @Transactional(readOnly = true)
    public Unit get(UUID id) {
        return units.find(id).orElseThrow(() -> DomainProblem.notFound("Unit", id.toString()));
    }

    @Transactional(readOnly = true)
    public List<Unit> all() {
        return units.findAll();
    }
}
