package org.cadretraining.registry.cadres;

import java.util.UUID;

import org.cadretraining.events.vocabulary.CadreStatus;
import org.cadretraining.events.vocabulary.ManagementTier;

/** What a search of the register asks for; every criterion is optional. */
public record CadreSearch(UUID unitId, boolean includeSubunits, ManagementTier tier, CadreStatus status, String name) {
}
