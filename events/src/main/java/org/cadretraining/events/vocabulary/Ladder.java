package org.cadretraining.events.vocabulary;

import java.util.Arrays;
import java.util.List;

/** The three qualification ladders every cadre climbs, and their levels from lowest to highest. */
public enum Ladder {
    /** Trình độ chuyên môn. */
    PROFESSIONAL(ProfessionalLevel.class),
    /** Lý luận chính trị. */
    POLITICAL_THEORY(PoliticalTheoryLevel.class),
    /** Quản lý nhà nước. */
    STATE_MANAGEMENT(StateManagementLevel.class);

    private final Class<? extends Enum<?>> levels;

    Ladder(Class<? extends Enum<?>> levels) {
        this.levels = levels;
    }

    /** The level names of this ladder, lowest (NONE) first. */
    public List<String> levels() {
        return Arrays.stream(levels.getEnumConstants()).map(Enum::name).toList();
    }

    /** Rank of a level on this ladder (NONE is 0); throws for a level that is not on it. */
    public int rank(String level) {
        int rank = levels().indexOf(level);
        if (rank < 0) {
            throw new IllegalArgumentException(level + " is not a level of " + name() + "; expected one of " + levels());
        }
        return rank;
    }

    public boolean hasLevel(String level) {
        return levels().contains(level);
    }
}
