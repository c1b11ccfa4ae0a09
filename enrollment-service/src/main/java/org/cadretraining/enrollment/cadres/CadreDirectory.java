package org.cadretraining.enrollment.cadres;

import java.util.Optional;
import java.util.UUID;

import org.cadretraining.enrollment.cadres.registry.RegistryClient;
import org.springframework.stereotype.Service;

/**
 * The cadre facts the other features need, and their one way in: {@link #find} from the replica on the normal path and
 * from the registry's API only when the replica lacks the cadre, called before the business transaction so that no
 * database lock waits on the network; {@link #replicated} from the replica alone, inside a transaction.
 */
@Service
public class CadreDirectory {
    private final CadreReplication replication;
    private final RegistryClient registry;

    public CadreDirectory(CadreReplication replication, RegistryClient registry) {
        this.replication = replication;
        this.registry = registry;
    }

    /** The cadre, or empty when neither the replica nor the registry knows them; a 503 problem if the registry is down. */
    public Optional<ReplicatedCadre> find(UUID cadreId) {
        Optional<ReplicatedCadre> replicated = replication.find(cadreId);
        if (replicated.isPresent()) {
            return replicated;
        }
        return registry.fetch(cadreId).map(replication::adopt);
    }

    /** ACTIVE cadres the replica holds in the unit. */
    public long activeIn(UUID unitId) {
        return replication.activeIn(unitId);
    }

    /** The cadre as the replica holds them, without asking the registry. */
    public Optional<ReplicatedCadre> replicated(UUID cadreId) {
        return replication.find(cadreId);
    }
}
