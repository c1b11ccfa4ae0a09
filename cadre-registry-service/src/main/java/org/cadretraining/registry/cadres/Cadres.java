package org.cadretraining.registry.cadres;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.cadretraining.platform.web.DomainProblem;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The cadres feature as the other features see it: find a cadre, or lock one for a change that belongs to another
 * feature (a qualification, a rotation, a succession entry). No access check here: the feature that acts checks it.
 */
@Service
public class Cadres {
    private final CadreRepository cadres;

    Cadres(CadreRepository cadres) {
        this.cadres = cadres;
    }

    public Optional<Cadre> find(UUID id) {
        return cadres.find(id);
    }

    /** The cadre, or 404. */
    public Cadre get(UUID id) {
        return cadres.find(id).orElseThrow(() -> DomainProblem.notFound("Cadre", id.toString()));
    }

    /** The cadre's row locked for the rest of the caller's transaction, or 404: changes to one cadre apply in turn. */
    @Transactional(propagation = Propagation.MANDATORY)
    public Cadre lock(UUID id) {
        return cadres.lock(id).orElseThrow(() -> DomainProblem.notFound("Cadre", id.toString()));
    }

    /** The cadres holding these national IDs, locked for the rest of the caller's transaction. */
    @Transactional(propagation = Propagation.MANDATORY)
    public Map<String, Cadre> lockByNationalIds(Collection<String> nationalIds) {
        return cadres.findByNationalIds(nationalIds);
    }

    /** Every cadre serving in {@code within} or below it (everyone when null), in a stable order. */
    public List<Cadre> all(Set<UUID> within) {
        return cadres.all(within);
    }
}
