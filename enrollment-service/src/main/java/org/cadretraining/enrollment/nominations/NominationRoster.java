package org.cadretraining.enrollment.nominations;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.cadretraining.enrollment.classes.ClassRoster;
import org.cadretraining.enrollment.enrollments.Enrollment;
import org.cadretraining.enrollment.enrollments.EnrollmentService;
import org.cadretraining.enrollment.enrollments.EnrollmentStatus;
import org.cadretraining.events.EventTypes;
import org.cadretraining.events.enrollment.NominationRejected;
import org.cadretraining.events.vocabulary.NominationStage;
import org.cadretraining.platform.outbox.Outbox;
import org.springframework.stereotype.Component;

/** A class's students and open nominations, as its lifecycle sees them. Runs under the class's lock. */
@Component
class NominationRoster implements ClassRoster {
    private final EnrollmentService enrollments;
    private final NominationRepository nominations;
    private final Outbox outbox;

    NominationRoster(EnrollmentService enrollments, NominationRepository nominations, Outbox outbox) {
        this.enrollments = enrollments;
        this.nominations = nominations;
        this.outbox = outbox;
    }

    @Override
    public Outcomes outcomes(UUID classId) {
        int enrolled = 0, graduated = 0, failed = 0, droppedOut = 0, pending = 0;
        for (Enrollment e : enrollments.ofClass(classId)) {
            if (!e.status().takesSeat()) {
                continue;
            }
            enrolled++;
            switch (e.status()) {
                case GRADUATED -> graduated++;
                case FAILED -> failed++;
                case DROPPED_OUT -> droppedOut++;
                default -> pending++;
            }
        }
        return new Outcomes(enrolled, graduated, failed, droppedOut, pending);
    }

    @Override
    public void releaseAll(UUID classId, LocalDate on, String reason) {
        for (Enrollment e : enrollments.ofClass(classId)) {
            if (e.status() == EnrollmentStatus.ENROLLED) {
                enrollments.release(e, on, reason);
                if (e.nominationId() != null) {
                    nominations.find(e.nominationId()).ifPresent(n -> nominations.update(n.with(NominationStatus.WITHDRAWN, reason, Instant.now())));
                }
            }
        }
        for (Nomination n : nominations.openOfClass(classId)) {
            NominationStage stage = n.status().awaiting() == null ? NominationStage.PROVINCE : n.status().awaiting();
            Nomination closed = n.with(NominationStatus.REJECTED, reason, Instant.now());
            nominations.update(closed);
            outbox.append(EventTypes.NOMINATION_REJECTED, n.cadreId().toString(), new NominationRejected(n.id().toString(),
                    n.cadreId().toString(), classId.toString(), stage, reason, closed.decidedAt()));
        }
    }
}
