package org.cadretraining.registry.units;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** The units feature as the other features see it: read the units, and hold one while a cadre is placed in it. */
@Service
public class Units {
    private final UnitRepository units;

    Units(UnitRepository units) {
        this.units = units;
    }

    public Optional<Unit> find(UUID id) {
        return units.find(id);
    }

    public List<Unit> all() {
        return units.findAll();
    }

    /** The provinces (units without a parent) that still exist. */
    public List<Unit> roots() {
        return units.roots();
    }

    /**
     * The unit, share-locked for the rest of the caller's transaction: it cannot be dissolved while a cadre arrives.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public Optional<Unit> holdForPlacement(UUID id) {
        return units.lockShared(id);
    }
}
