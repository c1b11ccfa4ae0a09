package org.cadretraining.reporting.views;

import java.time.LocalDate;
import java.util.List;

import org.cadretraining.events.vocabulary.CadreStatus;
import org.cadretraining.events.vocabulary.ConferredLevel;
import org.cadretraining.events.vocabulary.ProgramCategory;
import org.cadretraining.events.vocabulary.QualificationLevels;
import org.cadretraining.events.vocabulary.StudyMode;

/** A cadre's training record: current levels, what they study now, what they graduated from. */
public record CadreRecord(String cadreId, String fullName, String unitId, CadreStatus status, QualificationLevels levels,
                          List<CurrentEnrollment> currentEnrollments, List<Graduation> graduations) {

    public record CurrentEnrollment(String enrollmentId, String classId, String programId, ProgramCategory programCategory,
                                    StudyMode mode, LocalDate startDate, LocalDate expectedEndDate) {
    }

    public record Graduation(String enrollmentId, String classId, String programId, ProgramCategory programCategory,
                             ConferredLevel confers, LocalDate graduatedOn) {
    }

    public static CadreRecord of(CadreProgress p) {
        return new CadreRecord(p.cadreId(), p.fullName(), p.unitId(), p.status(), p.levels(),
                p.currentEnrollments().stream().map(e -> new CurrentEnrollment(e.enrollmentId(), e.classId(), e.programId(),
                        e.programCategory(), e.mode(), e.startDate(), e.expectedEndDate())).toList(),
                p.graduations().stream().map(e -> new Graduation(e.enrollmentId(), e.classId(), e.programId(),
                        e.programCategory(), e.confers(), e.closedOn())).toList());
    }
}
