package org.cadretraining.events.enrollment;

import static org.cadretraining.events.Classification.PUBLIC;

import java.time.Instant;
import java.time.LocalDate;

import org.cadretraining.events.EventDescription;
import org.cadretraining.events.OptionalField;
import org.cadretraining.events.Property;
import org.cadretraining.events.vocabulary.ConferredLevel;
import org.cadretraining.events.vocabulary.FundingSource;
import org.cadretraining.events.vocabulary.ProgramCategory;
import org.cadretraining.events.vocabulary.ProgramKind;
import org.cadretraining.events.vocabulary.StudyMode;

/**
 * A class (a numbered cohort of a program) was scheduled, with the program facts readers need to report on it.
 * {@code providerUnitId} is the unit of the register that runs it (the provincial Political School), when it is one:
 * that unit's training providers record the class's results.
 */
@EventDescription("A class (a numbered cohort of a program, e.g. Khóa 13 of intermediate political theory) was "
        + "scheduled, with the program facts readers need to report on it without asking for them.")
public record ClassScheduled(
        @Property(classification = PUBLIC, description = "The class's id (UUID, enrollment.classes key).")
        String classId,
        @Property(classification = PUBLIC, description = "The program the class is a cohort of (enrollment's program id, UUID).")
        String programId,
        @Property(classification = PUBLIC, description = "The program's code (e.g. \"LLCT-TC\" for intermediate political theory).")
        String programCode,
        @Property(classification = PUBLIC, description = "The program's name, in Vietnamese (e.g. \"Trung cấp lý luận chính trị – hành chính\").")
        String programName,
        @Property(classification = PUBLIC, description = "Whether the program grants a degree (đào tạo) or is short refresher training (bồi dưỡng).")
        ProgramKind programKind,
        @Property(classification = PUBLIC, description = "The program's category (political theory, state management, leadership, postgraduate…), as targets and plans count it.")
        ProgramCategory programCategory,
        @Property(classification = PUBLIC, description = "The ladder level the program confers on its graduates; absent when it confers none (most refresher courses).")
        @OptionalField ConferredLevel confers,
        @Property(classification = PUBLIC, description = "Who teaches the class, by name (e.g. \"Trường Chính trị tỉnh Điện Biên\", a university, training abroad); absent when not given.")
        @OptionalField String provider,
        @Property(classification = PUBLIC, description = "The cohort's name or number within the program (e.g. \"Khóa 13\").")
        String cohort,
        @Property(classification = PUBLIC, description = "How the class is taught: concentrated (full-time), in-service (part-time, vừa làm vừa học) or online.")
        StudyMode mode,
        @Property(classification = PUBLIC, description = "The class's first day (ISO-8601 date in the officials' calendar, Asia/Ho_Chi_Minh).")
        LocalDate startDate,
        @Property(classification = PUBLIC, description = "The class's planned last day (ISO-8601 date in the officials' calendar, Asia/Ho_Chi_Minh).")
        LocalDate endDate,
        @Property(classification = PUBLIC, description = "Where the class is taught (free text, e.g. \"Thành phố Điện Biên Phủ\"); absent when not given.")
        @OptionalField String location,
        @Property(classification = PUBLIC, description = "The most students the class may seat (a count, within the cap regulation sets per class); approved nominations beyond it are waitlisted.")
        int capacity,
        @Property(classification = PUBLIC, description = "Who pays for the class's seats unless a nomination says otherwise: the state budget, the sending unit, or the students themselves.")
        FundingSource fundingSource,
        @Property(classification = PUBLIC, description = "When the class was scheduled (UTC instant, ISO-8601 date-time).")
        Instant scheduledAt,
        @Property(classification = PUBLIC, description = "The unit of the register that runs the class (registry.units key), whose training providers record its results; absent when the provider is not a unit of the register.")
        @OptionalField String providerUnitId) {
    /** A class whose provider is not a unit of the register (training abroad, a university elsewhere). */
    public ClassScheduled(String classId, String programId, String programCode, String programName, ProgramKind programKind,
                          ProgramCategory programCategory, ConferredLevel confers, String provider, String cohort, StudyMode mode,
                          LocalDate startDate, LocalDate endDate, String location, int capacity, FundingSource fundingSource,
                          Instant scheduledAt) {
        this(classId, programId, programCode, programName, programKind, programCategory, confers, provider, cohort, mode,
                startDate, endDate, location, capacity, fundingSource, scheduledAt, null);
    }
}
