package org.cadretraining.enrollment.enrollments;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

import org.cadretraining.enrollment.cadres.ReplicatedCadre;
import org.cadretraining.enrollment.classes.ClassStatus;
import org.cadretraining.enrollment.classes.TrainingClass;
import org.cadretraining.enrollment.enrollments.EnrollmentPolicy.Reason;
import org.cadretraining.enrollment.enrollments.EnrollmentPolicy.Refusal;
import org.cadretraining.events.vocabulary.CadreStatus;
import org.cadretraining.events.vocabulary.FundingSource;
import org.cadretraining.events.vocabulary.ManagementTier;
import org.cadretraining.events.vocabulary.QualificationLevels;
import org.cadretraining.events.vocabulary.StudyMode;
import org.junit.jupiter.api.Test;

class EnrollmentPolicyTest {
    private static final LocalDate START = LocalDate.of(2026, 3, 2);
    private static final LocalDate END = LocalDate.of(2026, 7, 31);
    private final UUID cadreId = UUID.randomUUID();
    private final TrainingClass twoSeats = new TrainingClass(UUID.randomUUID(), UUID.randomUUID(), null, "Khóa 12",
            StudyMode.IN_SERVICE, START, END, null, 2, FundingSource.STATE_BUDGET, ClassStatus.SCHEDULED, Instant.now());

    private Optional<ReplicatedCadre> cadre(CadreStatus status) {
        return Optional.of(new ReplicatedCadre(cadreId, UUID.randomUUID(), status, ManagementTier.UNIT,
                QualificationLevels.NONE, Instant.now()));
    }

    private Optional<Reason> enroll(Optional<ReplicatedCadre> cadre, boolean alreadyEnrolled, long seatsTaken) {
        return EnrollmentPolicy.refusalToEnroll(cadreId, cadre, twoSeats, alreadyEnrolled, seatsTaken).map(Refusal::reason);
    }

    @Test
    void anActiveCadreTakesAFreeSeat() {
        assertThat(enroll(cadre(CadreStatus.ACTIVE), false, 0)).isEmpty();
        assertThat(enroll(cadre(CadreStatus.ACTIVE), false, 1)).isEmpty();
    }

    @Test
    void aCadreTheReplicaDoesNotHoldIsNotKnownAndTheDetailSaysWhy() {
        Refusal refusal = EnrollmentPolicy.refusalToEnroll(cadreId, Optional.empty(), twoSeats, false, 0).orElseThrow();
        assertThat(refusal.reason()).isEqualTo(Reason.CADRE_NOT_KNOWN);
        assertThat(refusal.field()).isEqualTo("cadreId");
        assertThat(refusal.detail()).contains("may not have arrived yet");
    }

    @Test
    void onlyActiveCadresAreEnrolled() {
        assertThat(enroll(cadre(CadreStatus.RETIRED), false, 0)).contains(Reason.CADRE_NOT_ACTIVE);
        assertThat(enroll(cadre(CadreStatus.LEFT), false, 0)).contains(Reason.CADRE_NOT_ACTIVE);
    }

    @Test
    void aCadreTakesOneSeatInAClass() {
        assertThat(enroll(cadre(CadreStatus.ACTIVE), true, 1)).contains(Reason.ALREADY_ENROLLED);
    }

    @Test
    void aFullClassTakesNoOneMore() {
        assertThat(enroll(cadre(CadreStatus.ACTIVE), false, 2)).contains(Reason.CLASS_FULL);
        // Already enrolled is the more useful answer when both hold.
        assertThat(enroll(cadre(CadreStatus.ACTIVE), true, 2)).contains(Reason.ALREADY_ENROLLED);
    }

    @Test
    void reasonsHaveStableProblemTypes() {
        assertThat(Reason.CADRE_NOT_KNOWN.type()).isEqualTo("cadre-not-known");
        assertThat(Reason.CLASS_FULL.type()).isEqualTo("class-full");
        assertThat(Reason.ALREADY_GRADUATED.type()).isEqualTo("already-graduated");
    }

    @Test
    void aGraduationFallsBetweenTheClassStartAndToday() {
        Enrollment enrolled = Enrollment.enroll(cadreId, twoSeats.id(), Instant.now());
        LocalDate today = LocalDate.of(2026, 11, 22);
        assertThat(EnrollmentPolicy.refusalToGraduate(enrolled, twoSeats, END, today)).isEmpty();
        assertThat(EnrollmentPolicy.refusalToGraduate(enrolled, twoSeats, START, today)).isEmpty();
        assertThat(EnrollmentPolicy.refusalToGraduate(enrolled, twoSeats, START.minusDays(1), today))
                .hasValueSatisfying(r -> {
                    assertThat(r.reason()).isEqualTo(Reason.GRADUATED_BEFORE_START);
                    assertThat(r.field()).isEqualTo("graduatedOn");
                });
        assertThat(EnrollmentPolicy.refusalToGraduate(enrolled, twoSeats, today.plusDays(1), today))
                .map(Refusal::reason).contains(Reason.GRADUATED_IN_FUTURE);
    }

    @Test
    void aGraduateCannotGraduateAgain() {
        Enrollment graduated = Enrollment.enroll(cadreId, twoSeats.id(), Instant.now()).graduate(END, "TC-2026-001");
        assertThat(graduated.status()).isEqualTo(EnrollmentStatus.GRADUATED);
        assertThat(EnrollmentPolicy.refusalToGraduate(graduated, twoSeats, END, LocalDate.of(2026, 11, 22)))
                .map(Refusal::reason).contains(Reason.ALREADY_GRADUATED);
    }

    @Test
    void everyRefusalBecomesAProblemWithItsOwnStatus() {
        assertThat(EnrollmentService.problem(new Refusal(Reason.CADRE_NOT_KNOWN, "cadreId", "d")).status().value()).isEqualTo(422);
        assertThat(EnrollmentService.problem(new Refusal(Reason.CADRE_NOT_ACTIVE, "cadreId", "d")).status().value()).isEqualTo(422);
        assertThat(EnrollmentService.problem(new Refusal(Reason.ALREADY_ENROLLED, "cadreId", "d")).status().value()).isEqualTo(409);
        assertThat(EnrollmentService.problem(new Refusal(Reason.CLASS_FULL, "classId", "d")).type().toString()).endsWith("/class-full");
        assertThat(EnrollmentService.problem(new Refusal(Reason.GRADUATED_BEFORE_START, "graduatedOn", "d")).status().value())
                .isEqualTo(400);
    }

    /** The seat count says "status <> 'WITHDRAWN'" in SQL (the partial index's predicate): it must mean takesSeat. */
    @Test
    void everyStatusButWithdrawnTakesASeat() {
        for (EnrollmentStatus status : EnrollmentStatus.values()) {
            assertThat(status.takesSeat()).as(status.name()).isEqualTo(status != EnrollmentStatus.WITHDRAWN);
        }
    }
}
