package org.cadretraining.platform.demo;

import java.util.List;

import org.cadretraining.events.vocabulary.ManagementTier;

/**
 * A position to fill: its Vietnamese title, the role behind it, the body that manages whoever holds it,
 * and anything about its holders that differs from the role's defaults.
 *
 * @param fields fields of study that match the post (a commune justice officer studied law); empty when
 *               the unit's sector decides
 */
record PositionSpec(String title, Role role, ManagementTier tier, double femaleShare, int minAge, int maxAge,
                    List<String> fields) {

    PositionSpec {
        fields = List.copyOf(fields);
    }

    static PositionSpec of(String title, Role role, ManagementTier tier) {
        return new PositionSpec(title, role, tier, role.femaleShare(), role.minAge(), role.maxAge(), List.of());
    }

    /** A unit-managed position. */
    static PositionSpec of(String title, Role role) {
        return of(title, role, ManagementTier.UNIT);
    }

    PositionSpec female(double share) {
        return new PositionSpec(title, role, tier, share, minAge, maxAge, fields);
    }

    PositionSpec aged(int min, int max) {
        return new PositionSpec(title, role, tier, femaleShare, min, max, fields);
    }

    PositionSpec studied(String... matchingFields) {
        return new PositionSpec(title, role, tier, femaleShare, minAge, maxAge, List.of(matchingFields));
    }
}
