package org.cadretraining.enrollment.programs;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.cadretraining.events.vocabulary.ConferredLevel;
import org.cadretraining.events.vocabulary.ManagementTier;
import org.cadretraining.events.vocabulary.QualificationLevels;

/**
 * What a cadre must already hold to be nominated to a program: a minimum level on each named ladder (all of them,
 * e.g. POLITICAL_THEORY/INTERMEDIATE for the advanced class, or PROFESSIONAL/UNIVERSITY), and one of the management
 * tiers it is open to (empty means any).
 */
public record Prerequisites(List<ConferredLevel> minimumLevels, Set<ManagementTier> tiers) {
    public static final Prerequisites NONE = new Prerequisites(List.of(), Set.of());

    public Prerequisites {
        minimumLevels = minimumLevels == null ? List.of() : List.copyOf(minimumLevels);
        tiers = tiers == null || tiers.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(tiers));
    }

    /** Each unmet requirement, worded for an official, e.g. "POLITICAL_THEORY at least INTERMEDIATE (holds ELEMENTARY)". */
    public List<String> unmetBy(QualificationLevels levels, ManagementTier tier) {
        List<String> unmet = new ArrayList<>();
        for (ConferredLevel minimum : minimumLevels) {
            String held = levels.level(minimum.ladder());
            if (minimum.ladder().rank(held) < minimum.ladder().rank(minimum.level())) {
                unmet.add(minimum.ladder() + " at least " + minimum.level() + " (holds " + held + ")");
            }
        }
        // A tier this version does not know (null) meets no requirement; immutable sets refuse contains(null).
        if (!tiers.isEmpty() && (tier == null || !tiers.contains(tier))) {
            unmet.add("management tier one of " + tiers.stream().sorted().toList() + " (is "
                    + (tier == null ? "one this version does not know" : tier) + ")");
        }
        return unmet;
    }
}
