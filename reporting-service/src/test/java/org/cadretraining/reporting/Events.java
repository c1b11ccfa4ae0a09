package org.cadretraining.reporting;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.cadretraining.events.enrollment.CadreEnrolled;
import org.cadretraining.events.enrollment.ClassScheduled;
import org.cadretraining.events.enrollment.CourseGraduated;
import org.cadretraining.events.enrollment.EnrollmentWithdrawn;
import org.cadretraining.events.registry.CadreDeparted;
import org.cadretraining.events.vocabulary.Committee;
import org.cadretraining.events.vocabulary.CommitteeMembership;
import org.cadretraining.events.vocabulary.FundingSource;
import org.cadretraining.events.vocabulary.ProgramKind;
import org.cadretraining.events.registry.CadreQualificationRecorded;
import org.cadretraining.events.registry.CadreRegistered;
import org.cadretraining.events.registry.CadreTransferred;
import org.cadretraining.events.registry.UnitCreated;
import org.cadretraining.events.vocabulary.CadreStatus;
import org.cadretraining.events.vocabulary.CivilServiceRank;
import org.cadretraining.events.vocabulary.ConferredLevel;
import org.cadretraining.events.vocabulary.Gender;
import org.cadretraining.events.vocabulary.Ladder;
import org.cadretraining.events.vocabulary.ManagementTier;
import org.cadretraining.events.vocabulary.PoliticalTheoryLevel;
import org.cadretraining.events.vocabulary.ProfessionalLevel;
import org.cadretraining.events.vocabulary.ProgramCategory;
import org.cadretraining.events.vocabulary.QualificationLevels;
import org.cadretraining.events.vocabulary.QualificationSource;
import org.cadretraining.events.vocabulary.StateManagementLevel;
import org.cadretraining.events.vocabulary.StudyMode;
import org.cadretraining.events.vocabulary.UnitLevel;

/** Event builders for reporting's tests. */
public final class Events {
    private Events() {
    }

    public static String id() {
        return UUID.randomUUID().toString();
    }

    public static UnitCreated unit(String unitId, String code, UnitLevel level, String parentId) {
        return new UnitCreated(unitId, code, "Đơn vị " + code, level, parentId, Instant.now());
    }

    public static CadreRegistered cadre(String cadreId, String unitId, Gender gender, int birthYear, boolean minority,
                                        PoliticalTheoryLevel politicalTheory) {
        return new CadreRegistered(cadreId, unitId, "Cán bộ " + cadreId, LocalDate.of(birthYear, 3, 1),
                gender, minority, "Chuyên viên", CivilServiceRank.SPECIALIST, ManagementTier.UNIT, CadreStatus.ACTIVE,
                new QualificationLevels(ProfessionalLevel.UNIVERSITY, politicalTheory, StateManagementLevel.NONE), Instant.now(), java.util.List.of());
    }

    /** The same registration, with the day the cadre began serving (history loaded later). */
    public static CadreRegistered servingSince(CadreRegistered e, LocalDate since) {
        return new CadreRegistered(e.cadreId(), e.unitId(), e.fullName(), e.birthDate(), e.gender(), e.ethnicMinority(),
                e.position(), e.rank(), e.managementTier(), e.status(), e.levels(), e.registeredAt(), e.committeeMemberships(), since);
    }

    public static CadreTransferred transfer(String cadreId, String from, String to) {
        return new CadreTransferred(cadreId, from, to, LocalDate.now(), "Điều động");
    }

    public static CadreEnrolled enrolled(String enrollmentId, String cadreId, ProgramCategory category, StudyMode mode) {
        return new CadreEnrolled(enrollmentId, cadreId, "class-1", "program-1", category, mode, LocalDate.of(2026, 3, 1),
                LocalDate.of(2026, 12, 1), new ConferredLevel(Ladder.POLITICAL_THEORY, "INTERMEDIATE"), Instant.now(),
                null, null, null, null);
    }

    public static CadreEnrolled enrolledIn(String enrollmentId, String cadreId, String classId, String programId, StudyMode mode,
                                           ConferredLevel confers, LocalDate end, String unitId, String planId) {
        return new CadreEnrolled(enrollmentId, cadreId, classId, programId, ProgramCategory.POLITICAL_THEORY, mode,
                end.minusMonths(9), end, confers, Instant.now(), unitId, null, planId, FundingSource.STATE_BUDGET);
    }

    public static ClassScheduled classScheduled(String classId, String programId, StudyMode mode, int capacity, LocalDate start) {
        return new ClassScheduled(classId, programId, "LLCT-TC", "Trung cấp lý luận chính trị – hành chính", ProgramKind.DEGREE,
                ProgramCategory.POLITICAL_THEORY, new ConferredLevel(Ladder.POLITICAL_THEORY, "INTERMEDIATE"),
                "Trường Chính trị tỉnh", "Khóa " + classId, mode, start, start.plusMonths(9), null, capacity,
                FundingSource.STATE_BUDGET, Instant.now());
    }

    public static CadreRegistered member(String cadreId, String unitId, ProfessionalLevel professional, Committee committee) {
        return new CadreRegistered(cadreId, unitId, "Ủy viên " + cadreId, LocalDate.of(1975, 5, 1), Gender.MALE, false,
                "Giám đốc Sở", CivilServiceRank.SENIOR_SPECIALIST, ManagementTier.PROVINCIAL_STANDING_COMMITTEE,
                CadreStatus.ACTIVE, new QualificationLevels(professional, PoliticalTheoryLevel.ADVANCED,
                StateManagementLevel.SENIOR_SPECIALIST), Instant.now(),
                committee == null ? List.of() : List.of(new CommitteeMembership(committee, 2020, 2030)));
    }

    public static CadreDeparted retired(String cadreId) {
        return new CadreDeparted(cadreId, CadreStatus.RETIRED, LocalDate.now(), "Nghỉ hưu");
    }

    public static EnrollmentWithdrawn withdrawn(String enrollmentId, String cadreId, String classId) {
        return new EnrollmentWithdrawn(enrollmentId, cadreId, classId, LocalDate.now(), "Chuyển công tác");
    }

    public static CourseGraduated graduated(String enrollmentId, String cadreId) {
        return new CourseGraduated(enrollmentId, cadreId, "class-1", "program-1", ProgramCategory.POLITICAL_THEORY,
                StudyMode.IN_SERVICE, new ConferredLevel(Ladder.POLITICAL_THEORY, "INTERMEDIATE"), "CC-1", LocalDate.of(2026, 12, 1));
    }

    public static CadreQualificationRecorded qualification(String cadreId, Ladder ladder, String level) {
        return new CadreQualificationRecorded(cadreId, id(), ladder, level, level, QualificationSource.GRADUATION, null,
                null, 2026, "class-1", null, Instant.now());
    }
}
