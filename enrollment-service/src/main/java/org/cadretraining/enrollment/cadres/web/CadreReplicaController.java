package org.cadretraining.enrollment.cadres.web;

import java.time.Instant;
import java.util.UUID;

import org.cadretraining.enrollment.access.TrainingAccess;
import org.cadretraining.enrollment.cadres.CadreReplication;
import org.cadretraining.enrollment.cadres.ReplicatedCadre;
import org.cadretraining.events.vocabulary.CadreStatus;
import org.cadretraining.events.vocabulary.ManagementTier;
import org.cadretraining.events.vocabulary.QualificationLevels;
import org.cadretraining.platform.security.Access;
import org.cadretraining.platform.security.Permission;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Read-only: what this service believes about a cadre, for operators checking the replica against the registry. */
@RestController
@RequestMapping("/api/v1/cadres")
public class CadreReplicaController {
    private final CadreReplication replication;
    private final TrainingAccess access;

    public CadreReplicaController(CadreReplication replication, TrainingAccess access) {
        this.replication = replication;
        this.access = access;
    }

    public record ReplicatedCadreResponse(UUID cadreId, UUID unitId, CadreStatus status, ManagementTier managementTier,
                                          QualificationLevels levels, Instant updatedAt) {
        static ReplicatedCadreResponse of(ReplicatedCadre cadre) {
            return new ReplicatedCadreResponse(cadre.cadreId(), cadre.unitId(), cadre.status(), cadre.managementTier(),
                    cadre.levels(), cadre.updatedAt());
        }
    }

    /** For those who may follow the cadre's unit. A cadre not (yet) replicated has no unit: the 404 names no one. */
    @GetMapping("/{cadreId}")
    @Access({Permission.TRAINING_READ, Permission.PERSON_READ})
    public ReplicatedCadreResponse get(@PathVariable UUID cadreId) {
        ReplicatedCadre cadre = replication.get(cadreId);
        access.requireCadreRead("READ_CADRE_REPLICA", cadreId, cadre.unitId());
        return ReplicatedCadreResponse.of(cadre);
    }
}
