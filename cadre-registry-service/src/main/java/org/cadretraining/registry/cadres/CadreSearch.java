package org.cadretraining.registry.cadres;

import java.util.UUID;

import org.cadretraining.events.vocabulary.Committee;
import org.cadretraining.events.vocabulary.Ladder;

import org.cadretraining.events.vocabulary.CadreStatus;
import org.cadretraining.events.vocabulary.ManagementTier;

/**
 * What a search of the register asks for; every criterion is optional. {@code ladder} with {@code level} selects by the
 * level reached on that ladder (the highest of the cadre's records, as the register derives it): exactly it, at least
 * it, or below it, the last being who still needs a course. {@code committee} selects those sitting on it in a term
 * that covers {@code committeeYear}.
 */
public record CadreSearch(UUID unitId, boolean includeSubunits, ManagementTier tier, CadreStatus status, String name,
                          Ladder ladder, String level, LevelMatch levelMatch, Committee committee, int committeeYear) {
    public CadreSearch(UUID unitId, boolean includeSubunits, ManagementTier tier, CadreStatus status, String name) {
        this(unitId, includeSubunits, tier, status, name, null, null, LevelMatch.EXACT, null, 0);
    }

    /** How the level reached compares with the level asked for. */
    public enum LevelMatch { EXACT, AT_LEAST, BELOW }
}
