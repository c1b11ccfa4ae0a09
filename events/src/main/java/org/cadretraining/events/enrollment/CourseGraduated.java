package org.cadretraining.events.enrollment;

import static org.cadretraining.events.Classification.PERSONAL;
import static org.cadretraining.events.Classification.PUBLIC;

import java.time.LocalDate;

import org.cadretraining.events.EventDescription;
import org.cadretraining.events.OptionalField;
import org.cadretraining.events.Property;
import org.cadretraining.events.vocabulary.ConferredLevel;
import org.cadretraining.events.vocabulary.ProgramCategory;
import org.cadretraining.events.vocabulary.StudyMode;

/** A cadre graduated from a class (bế giảng, tốt nghiệp); {@code confers} is the level the registry records. */
@EventDescription("A cadre graduated from a class (tốt nghiệp). The registry records the level the program confers "
        + "as a CadreQualificationRecorded, so no one types it in twice. Keyed by cadreId.")
public record CourseGraduated(
        @Property(classification = PERSONAL, description = "The graduating enrollment's id, as its CadreEnrolled named it.")
        String enrollmentId,
        @Property(classification = PERSONAL, description = "The graduate's id (registry.cadres key; the record key).")
        String cadreId,
        @Property(classification = PUBLIC, description = "The class graduated from (enrollment.classes key).")
        String classId,
        @Property(classification = PUBLIC, description = "The class's program (enrollment's program id, UUID; as on ClassScheduled).")
        String programId,
        @Property(classification = PUBLIC, description = "The program's category (political theory, state management, postgraduate…).")
        ProgramCategory programCategory,
        @Property(classification = PUBLIC, description = "How the class was taught: concentrated (full-time), in-service (part-time) or online.")
        StudyMode mode,
        @Property(classification = PUBLIC, description = "The ladder level the program confers, which the registry records for the graduate; absent when it confers none.")
        @OptionalField ConferredLevel confers,
        @Property(classification = PERSONAL, description = "The number of the graduate's certificate or diploma, as the provider issued it; absent when not recorded.")
        @OptionalField String certificateNumber,
        @Property(classification = PERSONAL, description = "The day of graduation (ISO-8601 date in the officials' calendar, Asia/Ho_Chi_Minh); the registry's day of award.")
        LocalDate graduatedOn) {
}
