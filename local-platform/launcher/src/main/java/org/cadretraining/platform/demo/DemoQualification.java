package org.cadretraining.platform.demo;

import java.time.LocalDate;
import java.util.Objects;

import org.cadretraining.events.vocabulary.Ladder;

/**
 * One completed qualification in a cadre's record.
 *
 * @param ladder       the ladder it belongs to
 * @param level        the level reached, a constant name of the ladder's level enum (never NONE)
 * @param fieldOfStudy the field or programme in Vietnamese, e.g. "Luật", "Cao cấp lý luận chính trị"
 * @param institution  who awarded it, e.g. "Trường Chính trị tỉnh Điện Biên"
 * @param year         the year it was completed
 */
public record DemoQualification(Ladder ladder, String level, String fieldOfStudy, String institution, Integer year) {
    public DemoQualification {
        Objects.requireNonNull(ladder, "ladder");
        if (LadderLevels.rank(ladder, level) <= 0) {
            throw new IllegalArgumentException(level + " is not a level above NONE of " + ladder);
        }
        Objects.requireNonNull(fieldOfStudy, "fieldOfStudy");
        Objects.requireNonNull(institution, "institution");
    }

    /**
     * The day it was conferred, as a record from before the platform would date it: university and college years end
     * in June; political theory and state management courses close in December.
     */
    public LocalDate awardedOn() {
        if (year == null) {
            return null;
        }
        return ladder == Ladder.PROFESSIONAL ? LocalDate.of(year, 6, 30) : LocalDate.of(year, 12, 15);
    }
}
