package org.cadretraining.registry.reorganization;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.cadretraining.registry.cadres.Cadres;
import org.cadretraining.registry.units.Unit;

/** What a plan reads of the register, and whom it is for: plain, so that the rules are tested without a database. */
interface Register {
    /** Every unit, closed ones too. */
    List<Unit> units();

    /** The day each unit's current place in the tree took effect. */
    Map<UUID, LocalDate> placedSince(Collection<UUID> unitIds);

    /** The active cadres of the units. */
    List<Cadres.Placement> servingIn(Collection<UUID> unitIds);

    /** Where each of these cadres serves; a cadre not on the register is absent. */
    Map<UUID, Cadres.Placement> placesOf(Collection<UUID> cadreIds);

    /** Whether the official may change this unit and its register. */
    boolean writable(UUID unitId);
}
