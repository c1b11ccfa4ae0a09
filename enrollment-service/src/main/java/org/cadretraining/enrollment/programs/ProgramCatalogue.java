package org.cadretraining.enrollment.programs;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.cadretraining.enrollment.paging.Page;
import org.cadretraining.events.vocabulary.ConferredLevel;
import org.cadretraining.platform.web.DomainProblem;
import org.cadretraining.platform.web.InvalidRequest;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Defines the programs classes are scheduled from. No event yet: ClassScheduled carries the program facts readers
 * need, so a program reaches other services with its first class.
 * <p>
 * A program is never changed or removed once defined (no route does either), so each one read is kept in memory:
 * every nomination and approval needs its class's program, and would otherwise read it and its prerequisites
 * again. Should programs ever become editable, this cache must go or be told.
 */
@Service
public class ProgramCatalogue {
    private final ProgramRepository programs;
    private final Clock clock;
    private final Map<UUID, Program> defined = new ConcurrentHashMap<>();

    ProgramCatalogue(ProgramRepository programs, Clock clock) {
        this.programs = programs;
        this.clock = clock;
    }

    @Transactional
    public Program define(NewProgram request) {
        var problems = ProgramRules.problems(request);
        if (!problems.isEmpty()) {
            throw new InvalidRequest(problems);
        }
        if (programs.codeTaken(request.code())) {
            throw duplicateCode(request.code());
        }
        Program program = new Program(UUID.randomUUID(), request.code(), request.name(), request.kind(), request.category(),
                request.confersLadder() == null ? null : new ConferredLevel(request.confersLadder(), request.confersLevel()),
                clock.instant(), new Prerequisites(request.prerequisites() == null ? List.of() : request.prerequisites().stream()
                        .map(r -> new ConferredLevel(r.ladder(), r.level())).toList(), request.eligibleTiers()));
        try {
            programs.insert(program);
        } catch (DuplicateKeyException e) {
            // Two requests for one code at once: the unique index decides, the loser gets the same answer.
            throw duplicateCode(request.code());
        }
        return program;
    }

    public Program get(UUID id) {
        return find(id).orElseThrow(() -> DomainProblem.notFound("Program", id.toString()));
    }

    /** The program, or empty: for the features that name one and report its absence themselves. */
    public Optional<Program> find(UUID id) {
        Program known = defined.get(id);
        if (known != null) {
            return Optional.of(known);
        }
        Optional<Program> found = programs.find(id);
        found.ifPresent(this::remember);
        return found;
    }

    /** Kept once the transaction that read it has committed: then the program surely exists for good. */
    private void remember(Program program) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            defined.putIfAbsent(program.id(), program);
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                defined.putIfAbsent(program.id(), program);
            }
        });
    }

    @Transactional(readOnly = true)
    public Page<Program> page(int page, int size) {
        long total = programs.count();
        return Page.of(total == 0 ? List.of() : programs.page(Page.offset(page, size), size), page, size, total);
    }

    private static DomainProblem duplicateCode(String code) {
        return new DomainProblem(HttpStatus.CONFLICT, "duplicate-program-code", "Program code already used", "code",
                "code: another program already has code " + code);
    }
}
