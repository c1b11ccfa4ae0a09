package org.cadretraining.enrollment.nominations.web;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.cadretraining.enrollment.cadres.CadreDirectory;
import org.cadretraining.enrollment.nominations.Nomination;
import org.cadretraining.enrollment.nominations.NominationService;
import org.cadretraining.enrollment.nominations.NominationService.Decision;
import org.cadretraining.enrollment.nominations.NominationService.NewNomination;
import org.cadretraining.enrollment.nominations.NominationStatus;
import org.cadretraining.enrollment.plans.TrainingPlanning.RatioCheck;
import org.cadretraining.events.vocabulary.FundingSource;
import org.cadretraining.events.vocabulary.NominationStage;
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

    public NominationController(NominationService service, CadreDirectory cadres) {
        this.service = service;
        this.cadres = cadres;
    }

    /** unitId defaults to the cadre's unit; planId to the approved plan of the class's year; funding to the class's. */
    public record NominateRequest(@NotNull UUID cadreId, @NotNull UUID classId, UUID unitId, UUID planId,
                                  FundingSource fundingSource, @PositiveOrZero BigDecimal cost) {
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

    @PostMapping
    public ResponseEntity<NominationResponse> nominate(@Valid @RequestBody NominateRequest request) {
        // Outside the transaction: a registry lookup never holds a database lock.
        cadres.find(request.cadreId());
        Decision decision = service.nominate(new NewNomination(request.cadreId(), request.classId(), request.unitId(),
                request.planId(), request.fundingSource(), request.cost()));
        return ResponseEntity.created(URI.create("/api/v1/nominations/" + decision.nomination().id()))
                .body(NominationResponse.of(decision));
    }

    @PostMapping("/{nominationId}/approve")
    public NominationResponse approve(@PathVariable UUID nominationId, @Valid @RequestBody(required = false) ApproveRequest request) {
        return NominationResponse.of(service.approve(nominationId, request == null ? null : request.stage()));
    }

    @PostMapping("/{nominationId}/reject")
    public NominationResponse reject(@PathVariable UUID nominationId, @Valid @RequestBody RejectRequest request) {
        return NominationResponse.of(service.reject(nominationId, request.stage(), request.reason().strip()));
    }

    @GetMapping("/{nominationId}")
    public NominationResponse get(@PathVariable UUID nominationId) {
        return NominationResponse.of(service.get(nominationId));
    }
}
