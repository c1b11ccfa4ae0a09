package org.cadretraining.enrollment.classes;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.cadretraining.enrollment.paging.Page;
import org.cadretraining.enrollment.programs.Program;
import org.cadretraining.enrollment.programs.ProgramCatalogue;
import org.cadretraining.events.EventTypes;
import org.cadretraining.events.enrollment.ClassScheduled;
import org.cadretraining.platform.outbox.Outbox;
import org.cadretraining.platform.web.DomainProblem;
import org.cadretraining.platform.web.InvalidRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Schedules classes of a program and publishes {@code ClassScheduled} in the same transaction. */
@Service
public class ClassScheduling {
    private final ClassRepository classes;
    private final ProgramCatalogue programs;
    private final ClassSeats seats;
    private final ClassCapacityPolicy capacity;
    private final Outbox outbox;
    private final Clock clock;

    ClassScheduling(ClassRepository classes, ProgramCatalogue programs, ClassSeats seats,
                           ClassCapacityProperties limits, Outbox outbox, Clock clock) {
        this.classes = classes;
        this.programs = programs;
        this.seats = seats;
        this.capacity = new ClassCapacityPolicy(limits);
        this.outbox = outbox;
        this.clock = clock;
    }

    /** A class with how many of its seats are taken. */
    public record ClassOverview(TrainingClass trainingClass, long enrolled) {
        public int seatsLeft() {
            return trainingClass.seatsLeft(enrolled);
        }
    }

    @Transactional
    public TrainingClass schedule(NewClass request) {
        Program program = request.programId() == null ? null : programs.find(request.programId()).orElse(null);
        var problems = ClassRules.problems(request, program, capacity);
        if (!problems.isEmpty()) {
            throw new InvalidRequest(problems);
        }
        Instant now = clock.instant();
        TrainingClass scheduled = new TrainingClass(UUID.randomUUID(), program.id(), request.provider(), request.cohort(),
                request.mode(), request.startDate(), request.endDate(), request.location(), request.capacity(),
                request.fundingSource(), ClassStatus.SCHEDULED, now, request.providerUnitId());
        classes.insert(scheduled);
        String key = scheduled.id().toString();
        outbox.append(EventTypes.CLASS_SCHEDULED, key, new ClassScheduled(key, program.id().toString(), program.code(),
                program.name(), program.kind(), program.category(), program.confers(), scheduled.provider(),
                scheduled.cohort(), scheduled.mode(), scheduled.startDate(), scheduled.endDate(), scheduled.location(),
                scheduled.capacity(), scheduled.fundingSource(), now,
                scheduled.providerUnitId() == null ? null : scheduled.providerUnitId().toString()));
        return scheduled;
    }

    @Transactional(readOnly = true)
    public ClassOverview get(UUID id) {
        TrainingClass found = classes.find(id).orElseThrow(() -> DomainProblem.notFound("Class", id.toString()));
        return new ClassOverview(found, seats.taken(id));
    }

    /** A page of the classes matching the filters (each may be null), with their seats taken. */
    @Transactional(readOnly = true)
    public Page<ClassOverview> page(ClassSearch search, int page, int size) {
        long total = classes.count(search);
        List<TrainingClass> found = total == 0 ? List.of() : classes.page(search, Page.offset(page, size), size);
        Map<UUID, Long> taken = seats.taken(found.stream().map(TrainingClass::id).toList());
        return Page.of(found.stream().map(c -> new ClassOverview(c, taken.getOrDefault(c.id(), 0L))).toList(), page, size, total);
    }
}
