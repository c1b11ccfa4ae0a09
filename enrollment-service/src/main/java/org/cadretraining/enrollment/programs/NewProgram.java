package org.cadretraining.enrollment.programs;

import org.cadretraining.events.vocabulary.Ladder;
import org.cadretraining.events.vocabulary.ProgramCategory;
import org.cadretraining.events.vocabulary.ProgramKind;

/** What defining a program takes; {@code confersLadder} and {@code confersLevel} are both set or both null. */
public record NewProgram(String code, String name, ProgramKind kind, ProgramCategory category, Ladder confersLadder,
                         String confersLevel) {
}
