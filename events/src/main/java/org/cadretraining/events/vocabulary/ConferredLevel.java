package org.cadretraining.events.vocabulary;

import java.util.Objects;

/**
 * A level on a ladder, such as POLITICAL_THEORY / INTERMEDIATE, that a program confers on its graduates. A null
 * {@code ladder} is one this reader's version does not know ({@link UnknownValues}): the level cannot be placed on
 * any ladder it knows, so it confers nothing it can record.
 */
public record ConferredLevel(Ladder ladder, String level) {
    public ConferredLevel {
        Objects.requireNonNull(level, "level");
        if (ladder != null) {
            ladder.rank(level);
        }
    }

    /** Whether this reader knows the ladder, and so can place the level. */
    public boolean known() {
        return ladder != null;
    }
}
