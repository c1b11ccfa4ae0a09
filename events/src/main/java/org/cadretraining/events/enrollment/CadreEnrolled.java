package org.cadretraining.events.enrollment;

import static org.cadretraining.events.Classification.PERSONAL;
import static org.cadretraining.events.Classification.PUBLIC;

import java.time.Instant;
import java.time.LocalDate;

import org.cadretraining.events.EventDescription;
import org.cadretraining.events.OptionalField;
import org.cadretraining.events.Property;
import org.cadretraining.events.vocabulary.ConferredLevel;
import org.cadretraining.events.vocabulary.FundingSource;
import org.cadretraining.events.vocabulary.ProgramCategory;
import org.cadretraining.events.vocabulary.StudyMode;

/** A cadre took a seat in a class. Keyed by cadreId. {@code unitId} is the unit that sent them, for plan fulfilment. */
@EventDescription("A cadre took a seat in a class, through an approved nomination or directly; the class's program "
        + "facts travel with it. Keyed by cadreId.")
public record CadreEnrolled(
        @Property(classification = PERSONAL, description = "The enrollment's id (UUID), which the enrollment's later result or withdrawal names.")
        String enrollmentId,
        @Property(classification = PERSONAL, description = "The enrolled cadre's id (registry.cadres key; the record key).")
        String cadreId,
        @Property(classification = PUBLIC, description = "The class the cadre is seated in (enrollment.classes key).")
        String classId,
        @Property(classification = PUBLIC, description = "The class's program (enrollment's program id, UUID; as on ClassScheduled).")
        String programId,
        @Property(classification = PUBLIC, description = "The program's category (political theory, state management, postgraduate…), as targets count studies.")
        ProgramCategory programCategory,
        @Property(classification = PUBLIC, description = "How the class is taught: concentrated (full-time), in-service (part-time) or online.")
        StudyMode mode,
        @Property(classification = PUBLIC, description = "The class's first day (ISO-8601 date in the officials' calendar, Asia/Ho_Chi_Minh).")
        LocalDate startDate,
        @Property(classification = PUBLIC, description = "The class's planned last day, when the cadre is expected to finish (ISO-8601 date, officials' calendar).")
        LocalDate expectedEndDate,
        @Property(classification = PUBLIC, description = "The ladder level the program confers on graduation; absent when it confers none.")
        @OptionalField ConferredLevel confers,
        @Property(classification = PERSONAL, description = "When the cadre took the seat (UTC instant, ISO-8601 date-time).")
        Instant enrolledAt,
        @Property(classification = PUBLIC, description = "The unit that sent the cadre, whose plan share the seat fills (registry.units key); absent from older producers, and then the cadre's own unit stands for it.")
        @OptionalField String unitId,
        @Property(classification = PERSONAL, description = "The nomination that won the seat (CadreNominated.nominationId); absent when the cadre was enrolled directly.")
        @OptionalField String nominationId,
        @Property(classification = PUBLIC, description = "The training plan whose quota the seat counts against (enrollment.plans key); absent when it counts against none.")
        @OptionalField String planId,
        @Property(classification = PERSONAL, description = "Who pays for this cadre's seat (the state budget, the sending unit, or the cadre), which may differ from the class's; absent when not recorded.")
        @OptionalField FundingSource fundingSource) {
}
