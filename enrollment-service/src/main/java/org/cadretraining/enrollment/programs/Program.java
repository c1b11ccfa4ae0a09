package org.cadretraining.enrollment.programs;

import java.time.Instant;
import java.util.UUID;

import org.cadretraining.events.vocabulary.ConferredLevel;
import org.cadretraining.events.vocabulary.ProgramCategory;
import org.cadretraining.events.vocabulary.ProgramKind;

/**
 * A training program (chương trình), such as intermediate political theory and administration; its classes are the
 * numbered cohorts that run it. {@code confers} is the level its graduates reach, or null for one that raises none.
 */
public record Program(UUID id, String code, String name, ProgramKind kind, ProgramCategory category,
                      ConferredLevel confers, Instant createdAt, Prerequisites prerequisites) {
    public Program {
        prerequisites = prerequisites == null ? Prerequisites.NONE : prerequisites;
    }

    public Program(UUID id, String code, String name, ProgramKind kind, ProgramCategory category, ConferredLevel confers,
                   Instant createdAt) {
        this(id, code, name, kind, category, confers, createdAt, Prerequisites.NONE);
    }
}
