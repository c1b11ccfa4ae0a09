package org.cadretraining.events.agency;

import java.time.Instant;
import java.time.LocalDate;

import org.cadretraining.events.Classification;
import org.cadretraining.events.EventDescription;
import org.cadretraining.events.OptionalField;
import org.cadretraining.events.Property;
import org.cadretraining.events.vocabulary.ConferredLevel;
import org.cadretraining.events.vocabulary.ProgramCategory;
import org.cadretraining.events.vocabulary.StudyMode;

/**
 * One enrollment as agencies may see it: the latest snapshot per enrollment on the compacted agency.training, with
 * no reasons and no certificate numbers.
 */
@EventDescription("One enrollment as agencies may see it: the latest snapshot per enrollment on the compacted "
        + "agency.training, with no reasons and no certificate numbers.")
public record TrainingRecordPublished(
        @Property(classification = Classification.PERSONAL, description = "The enrollment's id: the record key.")
        String enrollmentId,
        @Property(classification = Classification.PERSONAL, description = "The cadre enrolled (agency.cadres key).")
        String cadreId,
        @Property(classification = Classification.PUBLIC, description = "The class the cadre is enrolled in.")
        String classId,
        @Property(classification = Classification.PUBLIC, description = "The program the class teaches.")
        String programId,
        @Property(classification = Classification.PUBLIC, description = "The program's category, as the province's "
                + "targets count it (political theory, state management, postgraduate, ...).")
        ProgramCategory programCategory,
        @Property(classification = Classification.PUBLIC, description = "How the class is taught (concentrated, in "
                + "service, online).")
        StudyMode mode,
        @Property(classification = Classification.PERSONAL, description = "Where the enrollment stands.")
        TrainingStatus status,
        @Property(classification = Classification.PUBLIC, description = "The first day of study (ISO date), where known.")
        @OptionalField LocalDate startDate,
        @Property(classification = Classification.PUBLIC, description = "The day the class is planned to end (ISO date), "
                + "where known.")
        @OptionalField LocalDate expectedEndDate,
        @Property(classification = Classification.PERSONAL, description = "The day the enrollment ended, by graduation, "
                + "failure, dropping out or withdrawal (ISO date); absent while it runs.")
        @OptionalField LocalDate endedOn,
        @Property(classification = Classification.PUBLIC, description = "The level a graduate of the program gains; "
                + "absent for a refresher course that confers none.")
        @OptionalField ConferredLevel confers,
        @Property(classification = Classification.PUBLIC, description = "The unit that sent the cadre (agency.units key), "
                + "where the enrollment names one.")
        @OptionalField String unitId,
        @Property(classification = Classification.PUBLIC, description = "That unit's official code, where the registry "
                + "knows it.")
        @OptionalField String unitOfficialCode,
        @Property(classification = Classification.PUBLIC, description = "When the platform published this snapshot "
                + "(ISO instant).")
        Instant publishedAt) {
}
