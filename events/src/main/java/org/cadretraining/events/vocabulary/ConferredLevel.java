package org.cadretraining.events.vocabulary;

import java.util.Objects;

/** A level on a ladder, such as POLITICAL_THEORY / INTERMEDIATE, that a program confers on its graduates. */
public record ConferredLevel(Ladder ladder, String level) {
    public ConferredLevel {
        Objects.requireNonNull(ladder, "ladder");
        Objects.requireNonNull(level, "level");
        ladder.rank(level);
    }
}
