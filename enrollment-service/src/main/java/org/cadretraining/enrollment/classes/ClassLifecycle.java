package org.cadretraining.enrollment.classes;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.cadretraining.events.EventTypes;
import org.cadretraining.events.enrollment.ClassCancelled;
import org.cadretraining.events.enrollment.ClassCompleted;
import org.cadretraining.events.enrollment.ClassOpened;
import org.cadretraining.events.enrollment.ClassStarted;
import org.cadretraining.platform.outbox.Outbox;
import org.cadretraining.platform.web.DomainProblem;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Moves a class through its life and publishes each step on enrollment.classes in the same transaction. */
@Service
public class ClassLifecycle {
    private final ClassRepository classes;
    private final ClassRoster roster;
    private final Outbox outbox;
    private final Clock clock;

    ClassLifecycle(ClassRepository classes, ClassRoster roster, Outbox outbox, Clock clock) {
        this.classes = classes;
        this.roster = roster;
        this.outbox = outbox;
        this.clock = clock;
    }

    @Transactional
    public TrainingClass open(UUID classId) {
        TrainingClass c = move(classId, ClassStatus.OPEN);
        outbox.append(EventTypes.CLASS_OPENED, classId.toString(), new ClassOpened(classId.toString(), clock.instant()));
        return c;
    }

    @Transactional
    public TrainingClass start(UUID classId, LocalDate on) {
        TrainingClass c = move(classId, ClassStatus.IN_PROGRESS);
        outbox.append(EventTypes.CLASS_STARTED, classId.toString(),
                new ClassStarted(classId.toString(), on == null ? LocalDate.now(clock) : on));
        return c;
    }

    /** Bế giảng: only once every student has an outcome, so that ClassCompleted's counts are final. */
    @Transactional
    public TrainingClass complete(UUID classId, LocalDate on) {
        TrainingClass current = lock(classId);
        ClassRoster.Outcomes outcomes = roster.outcomes(classId);
        if (current.status().canMoveTo(ClassStatus.COMPLETED) && outcomes.pending() > 0) {
            throw new DomainProblem(HttpStatus.CONFLICT, "results-pending", "Results pending", null, "Class " + classId
                    + " still has " + outcomes.pending() + " student(s) without a result; record them before completing it");
        }
        TrainingClass c = move(current, ClassStatus.COMPLETED);
        outbox.append(EventTypes.CLASS_COMPLETED, classId.toString(), new ClassCompleted(classId.toString(),
                on == null ? LocalDate.now(clock) : on, outcomes.enrolled(), outcomes.graduated(), outcomes.failed(),
                outcomes.droppedOut()));
        return c;
    }

    @Transactional
    public TrainingClass cancel(UUID classId, String reason) {
        TrainingClass c = move(classId, ClassStatus.CANCELLED);
        LocalDate today = LocalDate.now(clock);
        roster.releaseAll(classId, today, reason == null ? "class cancelled" : "class cancelled: " + reason);
        outbox.append(EventTypes.CLASS_CANCELLED, classId.toString(), new ClassCancelled(classId.toString(), today, reason));
        return c;
    }

    private TrainingClass lock(UUID classId) {
        return classes.lockForSeating(classId).orElseThrow(() -> DomainProblem.notFound("Class", classId.toString()));
    }

    private TrainingClass move(UUID classId, ClassStatus target) {
        return move(lock(classId), target);
    }

    private TrainingClass move(TrainingClass current, ClassStatus target) {
        if (!current.status().canMoveTo(target)) {
            throw new DomainProblem(HttpStatus.CONFLICT, "invalid-class-transition", "Class cannot move to " + target, null,
                    "Class " + current.id() + " is " + current.status() + "; from there it can move to "
                            + (current.status().next().isEmpty() ? "no other state" : current.status().next().stream().sorted().toList()));
        }
        Instant now = clock.instant();
        classes.changeStatus(current.id(), target, now);
        return current.withStatus(target);
    }
}
