package org.cadretraining.enrollment.nominations.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.BiPredicate;

import org.cadretraining.enrollment.access.TrainingAccess;
import org.cadretraining.enrollment.access.TrainingAccess.UnitFilter;
import org.cadretraining.enrollment.classes.ClassStatus;
import org.cadretraining.enrollment.classes.TrainingClass;
import org.cadretraining.enrollment.enrollments.Enrollment;
import org.cadretraining.enrollment.enrollments.EnrollmentStatus;
import org.cadretraining.enrollment.nominations.Nomination;
import org.cadretraining.enrollment.nominations.NominationService;
import org.cadretraining.enrollment.nominations.NominationService.Roster;
import org.cadretraining.enrollment.nominations.WaitlistPromotion;
import org.cadretraining.platform.security.Access;
import org.cadretraining.platform.security.AccessPolicy;
import org.cadretraining.platform.security.Permission;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * A class's roster: its students with their results, its waitlist and the promotions the waitlist made. Here rather
 * than with the classes, since the waitlist is the nominations'.
 */
@RestController
public class RosterController {
    private final NominationService service;
    private final TrainingAccess access;

    public RosterController(NominationService service, TrainingAccess access) {
        this.service = service;
        this.access = access;
    }

    /**
     * @param unitId      the unit that sent the student (the nominating unit, or the cadre's at a direct enrollment)
     * @param cadreUnitId the cadre's unit now, as this service knows it
     * @param outcome     GRADUATED, FAILED or DROPPED_OUT once recorded; null while the result is awaited or after a withdrawal
     */
    public record RosterEnrollment(UUID enrollmentId, UUID cadreId, UUID unitId, UUID cadreUnitId, UUID nominationId,
                                   EnrollmentStatus status, Instant enrolledAt, Integer attendancePercent,
                                   EnrollmentStatus outcome, BigDecimal finalGrade, String certificateNumber,
                                   LocalDate graduatedOn, LocalDate endedOn) {
    }

    public record WaitlistEntry(UUID nominationId, UUID cadreId, UUID unitId, UUID cadreUnitId, int position,
                                Instant nominatedAt, Instant waitlistedAt) {
    }

    public record Promotion(UUID nominationId, UUID cadreId, UUID unitId, UUID enrollmentId, Instant promotedAt) {
    }

    /**
     * @param regulatoryCap the regulatory maximum of students for a class of the program's category
     * @param seated        seats taken (withdrawn students give theirs back)
     * @param filtered      true when the caller sees only their own units' cadres
     */
    public record RosterResponse(UUID classId, String cohort, ClassStatus status, int capacity, int regulatoryCap, long seated,
                                 boolean filtered, List<RosterEnrollment> enrollments, List<WaitlistEntry> waitlist,
                                 List<Promotion> promotions) {
    }

    /**
     * The class's provider (who records its results) and training staff over a whole province see it whole; a unit
     * officer (NOMINATE or UNIT_APPROVAL) sees only the cadres of their units, by the unit that sent them or the
     * cadre's unit now; anyone else gets a 403.
     */
    @GetMapping("/api/v1/classes/{classId}/roster")
    @Access({Permission.RESULTS_RECORD, Permission.TRAINING_READ, Permission.NOMINATE, Permission.UNIT_APPROVAL})
    public RosterResponse roster(@PathVariable UUID classId) {
        Roster roster = service.roster(classId);
        TrainingClass c = roster.trainingClass();
        boolean whole = access.recordsResultsOf(c.providerUnitId()) || access.overAProvince(Permission.TRAINING_READ);
        if (!whole && !access.holdsAnywhere(Permission.NOMINATE) && !access.holdsAnywhere(Permission.UNIT_APPROVAL)) {
            throw AccessPolicy.denied("Only the class's provider, training staff over a whole province or a unit officer read its roster");
        }
        UnitFilter units = whole ? UnitFilter.ALL : access.unitsWith(Permission.NOMINATE, Permission.UNIT_APPROVAL);
        // Theirs: sent by one of their units, or serving in one now.
        BiPredicate<UUID, UUID> visible = (sentBy, cadre) -> units.covers(sentBy) || units.covers(roster.cadreUnits().get(cadre));
        List<RosterEnrollment> enrollments = roster.enrollments().stream()
                .filter(e -> visible.test(e.unitId(), e.cadreId()))
                .map(e -> enrollment(e, roster)).toList();
        List<Nomination> waiting = roster.waitlist();
        List<WaitlistEntry> waitlist = new ArrayList<>();
        for (int i = 0; i < waiting.size(); i++) {
            Nomination n = waiting.get(i);
            if (visible.test(n.unitId(), n.cadreId())) {
                waitlist.add(new WaitlistEntry(n.id(), n.cadreId(), n.unitId(), roster.cadreUnits().get(n.cadreId()), i + 1,
                        n.nominatedAt(), n.waitlistedAt()));
            }
        }
        List<Promotion> promotions = roster.promotions().stream()
                .filter(p -> visible.test(p.unitId(), p.cadreId()))
                .map(RosterController::promotion).toList();
        access.logListRead("READ_CLASS_ROSTER", enrollments.size() + waitlist.size(), c.providerUnitId(), "class " + classId);
        return new RosterResponse(c.id(), c.cohort(), c.status(), c.capacity(), roster.regulatoryCap(), roster.seated(), !whole,
                enrollments, waitlist, promotions);
    }

    private static RosterEnrollment enrollment(Enrollment e, Roster roster) {
        return new RosterEnrollment(e.id(), e.cadreId(), e.unitId(), roster.cadreUnits().get(e.cadreId()), e.nominationId(),
                e.status(), e.enrolledAt(), e.attendancePercent(), e.status().hasOutcome() ? e.status() : null, e.finalGrade(),
                e.certificateNumber(), e.graduatedOn(), e.endedOn());
    }

    private static Promotion promotion(WaitlistPromotion p) {
        return new Promotion(p.nominationId(), p.cadreId(), p.unitId(), p.enrollmentId(), p.promotedAt());
    }
}
