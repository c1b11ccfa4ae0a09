package org.cadretraining.enrollment.cadres.web;

import java.time.Instant;
import java.util.UUID;

import org.cadretraining.enrollment.cadres.CadreReplication;
import org.cadretraining.enrollment.cadres.ReplicatedCadre;
import org.cadretraining.events.vocabulary.CadreStatus;
import org.cadretraining.events.vocabulary.ManagementTier;
import org.cadretraining.events.vocabulary.QualificationLevels;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Read-only: what this service believes about a cadre, for operators checking the replica against the registry. */
@RestController
@RequestMapping("/api/v1/cadres")
public class CadreReplicaController {
    private final CadreReplication replication;

    public CadreReplicaController(CadreReplication replication) {
        this.replication = replication;
    }

    public record ReplicatedCadreResponse(UUID cadreId, UUID unitId, CadreStatus status, ManagementTier managementTier,
                                          QualificationLevels levels, Instant updatedAt) {
        static ReplicatedCadreResponse of(ReplicatedCadre cadre) {
            return new ReplicatedCadreResponse(cadre.cadreId(), cadre.unitId(), cadre.status(), cadre.managementTier(),
                    cadre.levels(), cadre.updatedAt());
        }
    }

    @GetMapping("/{cadreId}")
    public ReplicatedCadreResponse get(@PathVariable UUID cadreId) {
        return ReplicatedCadreResponse.of(replication.get(cadreId));
    }
}
