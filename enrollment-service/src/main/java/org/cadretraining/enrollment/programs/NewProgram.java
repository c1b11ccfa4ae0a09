package org.cadretraining.enrollment.programs;

import org.cadretraining.events.vocabulary.Ladder;
import org.cadretraining.events.vocabulary.ProgramCategory;
import org.cadretraining.events.vocabulary.ProgramKind;

/** What defining a program takes; {@code confersLadder} and {@code confersLevel} are both set or both null. */
public record NewProgram(String code, String name, ProgramKind kind, ProgramCategory category, Ladder confersLadder,
                         String confersLevel, java.util.List<RequiredLevel> prerequisites,
                         java.util.Set<org.cadretraining.events.vocabulary.ManagementTier> eligibleTiers) {
    /** A prerequisite as sent: the level is checked against its ladder by ProgramRules. */
    public record RequiredLevel(Ladder ladder, String level) {
    }

    public NewProgram(String code, String name, ProgramKind kind, ProgramCategory category, Ladder confersLadder,
                      String confersLevel) {
        this(code, name, kind, category, confersLadder, confersLevel, java.util.List.of(), java.util.Set.of());
    }
}
