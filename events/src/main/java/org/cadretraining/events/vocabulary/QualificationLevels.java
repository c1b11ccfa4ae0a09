package org.cadretraining.events.vocabulary;

import static org.cadretraining.events.Classification.PERSONAL;

import java.util.Objects;

import org.cadretraining.events.Property;

/** A cadre's current level on each ladder. */
public record QualificationLevels(
        @Property(classification = PERSONAL, description = "The cadre's professional education level (trình độ chuyên môn), from NONE up to SPECIALIST_DOCTOR_II; a level this reader does not know ranks as NONE.")
        ProfessionalLevel professional,
        @Property(classification = PERSONAL, description = "The cadre's political-theory level (lý luận chính trị): NONE, elementary, intermediate, advanced or bachelor; a level this reader does not know ranks as NONE.")
        PoliticalTheoryLevel politicalTheory,
        @Property(classification = PERSONAL, description = "The cadre's state-management training level (quản lý nhà nước), tied to civil-service ranks; a level this reader does not know ranks as NONE.")
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
