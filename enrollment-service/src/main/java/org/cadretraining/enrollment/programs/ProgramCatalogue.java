package org.cadretraining.enrollment.programs;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.cadretraining.enrollment.paging.Page;
import org.cadretraining.events.vocabulary.ConferredLevel;
import org.cadretraining.platform.web.DomainProblem;
import org.cadretraining.platform.web.InvalidRequest;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Defines the programs classes are scheduled from. No event yet: ClassScheduled carries the program facts readers
 * need, so a program reaches other services with its first class.
 */
@Service
public class ProgramCatalogue {
    private final ProgramRepository programs;
    private final Clock clock;

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

    @Transactional(readOnly = true)
    public Program get(UUID id) {
        return programs.find(id).orElseThrow(() -> DomainProblem.notFound("Program", id.toString()));
    }

    /** The program, or empty: for the features that name one and report its absence themselves. */
    @Transactional(readOnly = true)
    public Optional<Program> find(UUID id) {
        return programs.find(id);
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
