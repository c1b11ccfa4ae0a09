package org.cadretraining.enrollment.nominations.web;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.cadretraining.enrollment.access.TrainingAccess;
import org.cadretraining.enrollment.cadres.CadreDirectory;
import org.cadretraining.enrollment.cadres.ReplicatedCadre;
import org.cadretraining.enrollment.nominations.Nomination;
import org.cadretraining.enrollment.nominations.NominationService;
import org.cadretraining.enrollment.nominations.NominationService.Decision;
import org.cadretraining.enrollment.nominations.NominationService.NewNomination;
import org.cadretraining.enrollment.nominations.NominationStatus;
import org.cadretraining.enrollment.plans.TrainingPlanning.RatioCheck;
import org.cadretraining.events.vocabulary.FundingSource;
import org.cadretraining.events.vocabulary.NominationStage;
import org.cadretraining.platform.security.Access;
import org.cadretraining.platform.security.Permission;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
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
                                     Integer waitlistPosition, RatioCheck planRatio) {
        static NominationResponse of(Decision d) {
            Nomination n = d.nomination();
            return new NominationResponse(n.id(), n.cadreId(), n.classId(), n.unitId(), n.planId(), n.status(),
                    n.status().awaiting(), n.reason(), n.fundingSource(), n.cost(), n.nominatedAt(), n.enrollmentId(),
                    d.waitlistPosition(), d.ratio());
        }
    }

    /** A unit nominates its own cadres, and draws on its own allocation. */
    @PostMapping
    @Access(Permission.NOMINATE)
    public ResponseEntity<NominationResponse> nominate(@Valid @RequestBody NominateRequest request) {
        // Outside the transaction: a registry lookup never holds a database lock.
        Optional<ReplicatedCadre> cadre = cadres.find(request.cadreId());
        // A cadre known nowhere has no unit to check: the nomination is refused as cadre-not-known anyway.
        if (cadre.isPresent()) {
            access.require(Permission.NOMINATE, cadre.get().unitId());
        }
        if (request.unitId() != null) {
            access.require(Permission.NOMINATE, request.unitId());
        }
        Decision decision = service.nominate(new NewNomination(request.cadreId(), request.classId(), request.unitId(),
                request.planId(), request.fundingSource(), request.cost()));
        return ResponseEntity.created(URI.create("/api/v1/nominations/" + decision.nomination().id()))
                .body(NominationResponse.of(decision));
    }

    /**
     * The unit's officers decide at the unit stage, the province's training officers at the province stage. The stage
     * checked is the one the service is told to decide at: had the nomination moved on meanwhile, it answers 409.
     */
    @PostMapping("/{nominationId}/approve")
    @Access({Permission.UNIT_APPROVAL, Permission.PROVINCE_APPROVAL})
    public NominationResponse approve(@PathVariable UUID nominationId, @Valid @RequestBody(required = false) ApproveRequest request) {
        Nomination nomination = service.get(nominationId).nomination();
        NominationStage stage = request != null && request.stage() != null ? request.stage() : nomination.status().awaiting();
        access.requireDecisionAt(stage, nomination.unitId());
        return NominationResponse.of(service.approve(nominationId, stage));
    }

    @PostMapping("/{nominationId}/reject")
    @Access({Permission.UNIT_APPROVAL, Permission.PROVINCE_APPROVAL})
    public NominationResponse reject(@PathVariable UUID nominationId, @Valid @RequestBody RejectRequest request) {
        Nomination nomination = service.get(nominationId).nomination();
        NominationStage stage = request.stage() != null ? request.stage() : nomination.status().rejectableAt();
        access.requireDecisionAt(stage, nomination.unitId());
        return NominationResponse.of(service.reject(nominationId, stage, request.reason().strip()));
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
