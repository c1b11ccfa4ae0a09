package org.cadretraining.events.enrollment;

import java.time.LocalDate;

import org.cadretraining.events.OptionalField;
import org.cadretraining.events.vocabulary.ConferredLevel;
import org.cadretraining.events.vocabulary.ProgramCategory;
import org.cadretraining.events.vocabulary.StudyMode;

/** A cadre graduated from a class (bế giảng, tốt nghiệp); {@code confers} is the level the registry records. */
public record CourseGraduated(
        String enrollmentId,
        String cadreId,
        String classId,
        String programId,
        ProgramCategory programCategory,
        StudyMode mode,
        @OptionalField ConferredLevel confers,
        @OptionalField String certificateNumber,
        LocalDate graduatedOn) {
}
