package org.cadretraining.platform.demo;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.cadretraining.events.vocabulary.Ladder;

/**
 * {@link Ladder#rank(String)} with the level lists looked up once: {@code Ladder.levels()} reflects over the
 * level enum on every call, which adds up over tens of thousands of records.
 */
final class LadderLevels {
    private static final Map<Ladder, List<String>> LEVELS = new EnumMap<>(Ladder.class);

    static {
        for (Ladder ladder : Ladder.values()) {
            LEVELS.put(ladder, ladder.levels());
        }
    }

    private LadderLevels() {
    }

    /** Rank of a level on the ladder, NONE being 0; -1 for a level that is not on it. */
    static int rank(Ladder ladder, String level) {
        return LEVELS.get(ladder).indexOf(level);
    }
}
