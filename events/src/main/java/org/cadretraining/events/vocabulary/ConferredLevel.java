package org.cadretraining.events.vocabulary;

import static org.cadretraining.events.Classification.PUBLIC;

import java.util.Objects;

import org.cadretraining.events.Property;

/**
 * A level on a ladder, such as POLITICAL_THEORY / INTERMEDIATE, that a program confers on its graduates. A null
 * {@code ladder} is one this reader's version does not know ({@link UnknownValues}): the level cannot be placed on
 * any ladder it knows, so it confers nothing it can record.
 */
public record ConferredLevel(
        @Property(classification = PUBLIC, description = "The ladder the level is on; a ladder this reader does not know reads as absent, and then nothing is conferred that it can record.")
        Ladder ladder,
        @Property(classification = PUBLIC, description = "The level conferred, a level name of the ladder (e.g. INTERMEDIATE on POLITICAL_THEORY).")
        String level) {
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
