package org.cadretraining.reporting;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.cadretraining.events.enrollment.CadreEnrolled;
import org.cadretraining.events.enrollment.CourseGraduated;
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

    public static CadreTransferred transfer(String cadreId, String from, String to) {
        return new CadreTransferred(cadreId, from, to, LocalDate.now(), "Điều động");
    }

    public static CadreEnrolled enrolled(String enrollmentId, String cadreId, ProgramCategory category, StudyMode mode) {
        return new CadreEnrolled(enrollmentId, cadreId, "class-1", "program-1", category, mode, LocalDate.of(2026, 3, 1),
                LocalDate.of(2026, 12, 1), new ConferredLevel(Ladder.POLITICAL_THEORY, "INTERMEDIATE"), Instant.now(),
                null, null, null, null);
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
