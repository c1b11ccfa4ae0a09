package org.cadretraining.enrollment.nominations.web;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.cadretraining.enrollment.access.TrainingAccess;
import org.cadretraining.enrollment.access.TrainingAccess.UnitFilter;
import org.cadretraining.enrollment.cadres.CadreDirectory;
import org.cadretraining.enrollment.cadres.ReplicatedCadre;
import org.cadretraining.enrollment.nominations.EligibilityPolicy.Refusal;
import org.cadretraining.enrollment.nominations.Nomination;
import org.cadretraining.enrollment.nominations.NominationSearch;
import org.cadretraining.enrollment.nominations.NominationService;
import org.cadretraining.enrollment.nominations.NominationService.Decision;
import org.cadretraining.enrollment.nominations.NominationService.Eligibility;
import org.cadretraining.enrollment.nominations.NominationService.NewNomination;
import org.cadretraining.enrollment.nominations.NominationStatus;
import org.cadretraining.enrollment.paging.Page;
import org.cadretraining.enrollment.plans.TrainingPlanning.RatioCheck;
import org.cadretraining.events.vocabulary.FundingSource;
import org.cadretraining.events.vocabulary.NominationStage;
import org.cadretraining.platform.security.Access;
import org.cadretraining.platform.security.AccessPolicy;
import org.cadretraining.platform.security.Permission;
import org.cadretraining.platform.web.DomainProblem;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/nominations")
public class NominationController {
    private final NominationService service;
    private final CadreDirectory cadres;
    private final TrainingAccess access;

    public NominationController(NominationService service, CadreDirectory cadres, TrainingAccess access) {
        this.service = service;
        this.cadres = cadres;
        this.access = access;
    }

    /** unitId defaults to the cadre's unit; planId to the approved plan of the class's year; funding to the class's. */
    public record NominateRequest(@NotNull UUID cadreId, @NotNull UUID classId, UUID unitId, UUID planId,
                                  FundingSource fundingSource,
                                  @PositiveOrZero @Digits(integer = 14, fraction = 0) BigDecimal cost) {
    }

    /** stage is optional: the nomination's state says which decision it waits for. */
    public record ApproveRequest(NominationStage stage) {
    }

    public record RejectRequest(NominationStage stage, @NotBlank @Size(max = 500) String reason) {
    }

    public record NominationResponse(UUID nominationId, UUID cadreId, UUID classId, UUID unitId, UUID planId,
                                     NominationStatus status, NominationStage awaiting, String reason,
                                     FundingSource fundingSource, BigDecimal cost, Instant nominatedAt, UUID enrollmentId,
                                     Integer waitlistPosition, RatioCheck planRatio, Instant decidedAt,
                                     Instant waitlistedAt) {
        static NominationResponse of(Decision d) {
            Nomination n = d.nomination();
            return new NominationResponse(n.id(), n.cadreId(), n.classId(), n.unitId(), n.planId(), n.status(),
                    n.status().awaiting(), n.reason(), n.fundingSource(), n.cost(), n.nominatedAt(), n.enrollmentId(),
                    d.waitlistPosition(), d.ratio(), n.decidedAt(), n.waitlistedAt());
        }
    }

    /** A unit nominates its own cadres, and draws on its own allocation. */
    @PostMapping
    @Access(Permission.NOMINATE)
    public ResponseEntity<NominationResponse> nominate(@Valid @RequestBody NominateRequest request) {
        requireNominate(request.cadreId(), request.unitId());
        Decision decision = service.nominate(new NewNomination(request.cadreId(), request.classId(), request.unitId(),
                request.planId(), request.fundingSource(), request.cost()));
        return ResponseEntity.created(URI.create("/api/v1/nominations/" + decision.nomination().id()))
                .body(NominationResponse.of(decision));
    }

    /** NOMINATE on the cadre's unit and on the unit named, as a nomination and its eligibility check both ask. */
    private void requireNominate(UUID cadreId, UUID unitId) {
        // Outside the transaction: a registry lookup never holds a database lock.
        Optional<ReplicatedCadre> cadre = cadres.find(cadreId);
        // A cadre known nowhere has no unit to check: the nomination is refused as cadre-not-known anyway.
        if (cadre.isPresent()) {
            access.require(Permission.NOMINATE, cadre.get().unitId());
        }
        if (unitId != null) {
            access.require(Permission.NOMINATE, unitId);
        }
    }

    /**
     * The unit's officers decide at the unit stage, the province's training officers at the province stage. The stage
     * checked is the one the service is told to decide at: had the nomination moved on meanwhile, it answers 409.
     */
    @PostMapping("/{nominationId}/approve")
    @Access({Permission.UNIT_APPROVAL, Permission.PROVINCE_APPROVAL})
    public NominationResponse approve(@PathVariable UUID nominationId, @Valid @RequestBody(required = false) ApproveRequest request) {
        return approve(nominationId, request == null ? null : request.stage());
    }

    @PostMapping("/{nominationId}/reject")
    @Access({Permission.UNIT_APPROVAL, Permission.PROVINCE_APPROVAL})
    public NominationResponse reject(@PathVariable UUID nominationId, @Valid @RequestBody RejectRequest request) {
        return reject(nominationId, request.stage(), request.reason().strip());
    }

    private NominationResponse approve(UUID nominationId, NominationStage requested) {
        return NominationResponse.of(service.approve(nominationId, requested, access::requireDecisionAt));
    }

    private NominationResponse reject(UUID nominationId, NominationStage requested, String reason) {
        Nomination nomination = service.get(nominationId).nomination();
        NominationStage stage = requested != null ? requested : nomination.status().rejectableAt();
        access.requireDecisionAt(stage, nomination.unitId());
        return NominationResponse.of(service.reject(nominationId, stage, reason));
    }

    public enum Verdict { APPROVE, REJECT }

    /** Up to 100 nominations decided alike at one stage; {@code reason} is required to reject. */
    public record DecisionsRequest(@NotNull NominationStage stage, @NotNull Verdict decision, @Size(max = 500) String reason,
                                   @NotEmpty @Size(max = 100) List<@NotNull UUID> nominationIds) {
    }

    public enum Outcome { DONE, REFUSED }

    /** A refusal as the problem a single request would get: a bulk item's, or one of an eligibility check's. */
    public record ItemProblem(URI type, String title, int status, String detail, String field) {
        static ItemProblem of(DomainProblem problem) {
            return new ItemProblem(problem.type(), problem.title(), problem.status().value(), problem.getMessage(), problem.field());
        }

        static ItemProblem of(Refusal refusal) {
            return of(NominationService.problem(refusal));
        }
    }

    public record ItemResult(UUID nominationId, Outcome outcome, NominationResponse nomination, ItemProblem problem) {
    }

    public record DecisionsResponse(List<ItemResult> results) {
    }

    /**
     * Bulk decision, item by item in request order: each is checked and decided exactly as the single approve or
     * reject is, in a transaction of its own, so that one refused (403, 404, 409, 422) stops none of the others and
     * leaves nothing half-written. A province approval may seat the cadre or waitlist them; the item's nomination shows it.
     */
    @PostMapping("/decisions")
    @Access({Permission.UNIT_APPROVAL, Permission.PROVINCE_APPROVAL})
    public DecisionsResponse decide(@Valid @RequestBody DecisionsRequest request) {
        String reason = request.reason() == null || request.reason().isBlank() ? null : request.reason().strip();
        if (request.decision() == Verdict.REJECT && reason == null) {
            throw DomainProblem.invalidField("reason", "must not be blank to reject");
        }
        List<ItemResult> results = new ArrayList<>();
        for (UUID id : request.nominationIds()) {
            try {
                NominationResponse decided = request.decision() == Verdict.APPROVE ? approve(id, request.stage())
                        : reject(id, request.stage(), reason);
                results.add(new ItemResult(id, Outcome.DONE, decided, null));
            } catch (DomainProblem refused) {
                results.add(new ItemResult(id, Outcome.REFUSED, null, ItemProblem.of(refused)));
            }
        }
        return new DecisionsResponse(results);
    }

    /**
     * Nominations as lists: the unit officer's (their units, and below with {@code includeSubunits}), the approvals
     * queue's ({@code awaiting=PROVINCE}). Those who decide at the province stage see every unit's; others the units
     * they hold TRAINING_READ, NOMINATE or UNIT_APPROVAL on, with the units below. A unit named outside that scope is a
     * 403 (with {@code includeSubunits}, only the parts in scope are shown).
     */
    @GetMapping
    @Access({Permission.TRAINING_READ, Permission.NOMINATE, Permission.UNIT_APPROVAL, Permission.PROVINCE_APPROVAL})
    public Page<NominationResponse> search(@RequestParam(required = false) UUID unitId,
                                           @RequestParam(defaultValue = "false") boolean includeSubunits,
                                           @RequestParam(required = false) UUID classId,
                                           @RequestParam(required = false) NominationStatus status,
                                           @RequestParam(required = false) NominationStage awaiting,
                                           @RequestParam(defaultValue = "0") @Min(0) int page,
                                           @RequestParam(defaultValue = "20") @Min(1) @Max(200) int size) {
        UnitFilter visible = access.overAProvince(Permission.PROVINCE_APPROVAL) ? UnitFilter.ALL
                : access.unitsWith(Permission.TRAINING_READ, Permission.NOMINATE, Permission.UNIT_APPROVAL);
        if (unitId != null && !includeSubunits && !visible.covers(unitId)) {
            throw AccessPolicy.denied("Your grants do not cover the nominations of this unit");
        }
        Page<NominationResponse> found = service.search(new NominationSearch(unitId, includeSubunits, classId, status, awaiting),
                visible, page, size).map(NominationResponse::of);
        access.logListRead("LIST_NOMINATIONS", found.items().size(), unitId, null);
        return found;
    }

    /** {@code wouldWaitlist}: the class is full now, so a province approval would waitlist the cadre (no refusal). */
    public record EligibilityResponse(boolean eligible, List<ItemProblem> refusals, boolean wouldWaitlist, UUID cadreId,
                                      UUID classId, UUID unitId, UUID planId, RatioCheck planRatio) {
    }

    /**
     * Every reason {@code POST /api/v1/nominations} would refuse this nomination now, by the same rules (the POST
     * refuses with the first). Writes nothing. Asked as the nomination would be: NOMINATE on the cadre's unit and on
     * the unit named.
     */
    @GetMapping("/eligibility")
    @Access(Permission.NOMINATE)
    public EligibilityResponse eligibility(@RequestParam UUID cadreId, @RequestParam UUID classId,
                                           @RequestParam(required = false) UUID unitId) {
        requireNominate(cadreId, unitId);
        Eligibility found = service.eligibility(cadreId, classId, unitId);
        return new EligibilityResponse(found.eligible(), found.refusals().stream().map(ItemProblem::of).toList(),
                found.wouldWaitlist(), cadreId, classId, found.unitId(), found.planId(), found.ratio());
    }

    /** For those who follow the cadre: their unit's, or the nominating unit's. */
    @GetMapping("/{nominationId}")
    @Access({Permission.TRAINING_READ, Permission.PERSON_READ})
    public NominationResponse get(@PathVariable UUID nominationId) {
        Decision decision = service.get(nominationId);
        Nomination n = decision.nomination();
        access.requireCadreRead("READ_NOMINATION", n.cadreId(),
                cadres.replicated(n.cadreId()).map(ReplicatedCadre::unitId).orElse(null), n.unitId());
        return NominationResponse.of(decision);
    }
}
