package org.cadretraining.platform.demo;

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
}
