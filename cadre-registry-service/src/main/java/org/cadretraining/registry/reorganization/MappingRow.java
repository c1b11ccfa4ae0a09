package org.cadretraining.registry.reorganization;

import java.time.LocalDate;
import java.util.UUID;

import org.cadretraining.events.vocabulary.UnitKind;
import org.cadretraining.events.vocabulary.UnitLevel;
import org.cadretraining.registry.units.SuccessionKind;

/**
 * One row of a mapping as read: references to units are as written (a code or an official code), resolved by the
 * planner. Empty cells are null.
 */
public record MappingRow(int line, SuccessionKind change, LocalDate effectiveDate, String oldUnit, String newUnit,
                         String newName, UnitKind newKind, UnitLevel newLevel, String newOfficialCode, String newParent,
                         String subUnit, UUID cadreId) {

    /** Whether any column describing a unit to create is filled. */
    boolean describesANewUnit() {
        return newName != null || newKind != null || newLevel != null || newOfficialCode != null || newParent != null;
    }
}
