package org.cadretraining.registry.qualifications;

import java.util.Comparator;
import java.util.List;

import org.cadretraining.events.vocabulary.Ladder;
import org.cadretraining.events.vocabulary.PoliticalTheoryLevel;
import org.cadretraining.events.vocabulary.ProfessionalLevel;
import org.cadretraining.events.vocabulary.QualificationLevels;
import org.cadretraining.events.vocabulary.StateManagementLevel;

/**
 * A cadre's records on the three ladders. The current level is derived from them, the highest reached on each
 * ladder, never kept as a second field that could fall out of step.
 */
public record QualificationHistory(List<QualificationRecord> records) {
    public QualificationHistory {
        records = List.copyOf(records);
    }

    public String currentLevel(Ladder ladder) {
        return records.stream().filter(r -> r.ladder() == ladder).map(QualificationRecord::level)
                .max(Comparator.comparingInt(ladder::rank)).orElse("NONE");
    }

    public QualificationLevels currentLevels() {
        return new QualificationLevels(ProfessionalLevel.valueOf(currentLevel(Ladder.PROFESSIONAL)),
                PoliticalTheoryLevel.valueOf(currentLevel(Ladder.POLITICAL_THEORY)),
                StateManagementLevel.valueOf(currentLevel(Ladder.STATE_MANAGEMENT)));
    }

    public boolean hasGraduationFrom(String enrollmentId) {
        return records.stream().anyMatch(r -> enrollmentId.equals(r.enrollmentId()));
    }
}
