package org.cadretraining.registry.units;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.cadretraining.events.vocabulary.UnitKind;
import org.cadretraining.events.vocabulary.UnitLevel;

/**
 * A unit of the province: the province itself, a district (kept for history), an agency, a commune or ward. Its
 * {@code level} is its place in the tree, its {@code kind} what it is; {@code officialCode} is the code of Decision
 * 19/2025/QĐ-TTg where it has one. It exists from {@code validFrom} to {@code validTo} (null while it does); a unit
 * closed or dissolved ({@code dissolvedAt}) takes no new cadres or sub-units.
 */
public record Unit(UUID id, String code, String name, UnitLevel level, UUID parentId, Instant dissolvedAt,
                   UnitKind kind, String officialCode, LocalDate validFrom, LocalDate validTo) {
    public Unit {
        kind = kind == null ? UnitClassification.defaultKind(level) : kind;
    }

    public Unit(UUID id, String code, String name, UnitLevel level, UUID parentId) {
        this(id, code, name, level, parentId, null);
    }

    public Unit(UUID id, String code, String name, UnitLevel level, UUID parentId, Instant dissolvedAt) {
        this(id, code, name, level, parentId, dissolvedAt, null, null, null, null);
    }

    public boolean dissolved() {
        return dissolvedAt != null;
    }

    /** Whether the unit existed on {@code day}. */
    public boolean validOn(LocalDate day) {
        return (validFrom == null || !day.isBefore(validFrom)) && (validTo == null || !day.isAfter(validTo));
    }

    Unit named(String newName) {
        return new Unit(id, code, newName, level, parentId, dissolvedAt, kind, officialCode, validFrom, validTo);
    }

    Unit placedUnder(UUID newParent) {
        return new Unit(id, code, name, level, newParent, dissolvedAt, kind, officialCode, validFrom, validTo);
    }

    Unit classified(UnitKind newKind, String newOfficialCode) {
        return new Unit(id, code, name, level, parentId, dissolvedAt, newKind, newOfficialCode, validFrom, validTo);
    }

    Unit closed(Instant at, LocalDate lastDay) {
        return new Unit(id, code, name, level, parentId, at, kind, officialCode, validFrom, lastDay);
    }
}
