package org.cadretraining.registry.cadres;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.cadretraining.events.vocabulary.CadreStatus;
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

    /** Where a cadre serves, and whether they still do. */
    public record Placement(UUID cadreId, UUID unitId, CadreStatus status) {
    }

    /** The active cadres of the units, in a stable order. */
    public List<Placement> servingIn(Collection<UUID> unitIds) {
        return cadres.servingIn(unitIds, false);
    }

    /** The active cadres of the units, locked for the rest of the caller's transaction: none can change meanwhile. */
    @Transactional(propagation = Propagation.MANDATORY)
    public List<Placement> lockServingIn(Collection<UUID> unitIds) {
        return cadres.servingIn(unitIds, true);
    }

    /** Where each of these cadres serves; a cadre not on the register is absent. */
    public Map<UUID, Placement> placesOf(Collection<UUID> cadreIds) {
        return cadres.placesOf(cadreIds);
    }

    /** The full names of these cadres. */
    public Map<UUID, String> namesOf(Collection<UUID> cadreIds) {
        return cadres.namesOf(cadreIds);
    }

    /** Every cadre serving in {@code within} or below it (everyone when null), in a stable order. */
    public List<Cadre> all(Set<UUID> within) {
        return cadres.all(within);
    }
}
