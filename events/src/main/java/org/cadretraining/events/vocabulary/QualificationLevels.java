package org.cadretraining.events.vocabulary;

import java.util.Objects;

/** A cadre's current level on each ladder. */
public record QualificationLevels(ProfessionalLevel professional, PoliticalTheoryLevel politicalTheory,
                                  StateManagementLevel stateManagement) {
    public static final QualificationLevels NONE =
            new QualificationLevels(ProfessionalLevel.NONE, PoliticalTheoryLevel.NONE, StateManagementLevel.NONE);

    public QualificationLevels {
        Objects.requireNonNull(professional, "professional");
        Objects.requireNonNull(politicalTheory, "politicalTheory");
        Objects.requireNonNull(stateManagement, "stateManagement");
    }

    public String level(Ladder ladder) {
        return switch (ladder) {
            case PROFESSIONAL -> professional.name();
            case POLITICAL_THEORY -> politicalTheory.name();
            case STATE_MANAGEMENT -> stateManagement.name();
        };
    }

    /** A copy with one ladder set to the given level. */
    public QualificationLevels with(Ladder ladder, String level) {
        return switch (ladder) {
            case PROFESSIONAL -> new QualificationLevels(ProfessionalLevel.valueOf(level), politicalTheory, stateManagement);
            case POLITICAL_THEORY -> new QualificationLevels(professional, PoliticalTheoryLevel.valueOf(level), stateManagement);
            case STATE_MANAGEMENT -> new QualificationLevels(professional, politicalTheory, StateManagementLevel.valueOf(level));
        };
    }
}
