package org.cadretraining.registry.cadres;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.cadretraining.events.vocabulary.CadreStatus;
import org.cadretraining.events.vocabulary.ManagementTier;
import org.cadretraining.events.vocabulary.QualificationLevels;
import org.cadretraining.platform.security.AccessPolicy;
import org.cadretraining.platform.security.Permission;
import org.cadretraining.platform.security.PersonalDataAccessLog;
import org.cadretraining.platform.security.UnitScope;
import org.cadretraining.platform.web.DomainProblem;
import org.cadretraining.registry.audit.AuditEntry;
import org.cadretraining.registry.audit.AuditTrail;
import org.cadretraining.registry.cadres.CadreRegistration.RegisteredCadre;
import org.cadretraining.registry.qualifications.Qualifications;
import org.cadretraining.registry.units.Units;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every read of a person's record: allowed only where the reader's grants give {@link Permission#PERSON_READ} on the
 * cadre's unit, and written to the personal-data access log, refusals too (Decree 13/2023/NĐ-CP). Whether the
 * sensitive fields may be shown ({@link Permission#SENSITIVE_READ}) travels with what is read.
 */
@Service
public class PersonalRecords {
    public static final String READ_PROFILE = "READ_PROFILE";
    public static final String READ_HISTORY = "READ_HISTORY";
    public static final String SEARCH_CADRES = "SEARCH_CADRES";
    public static final String READ_ROTATIONS = "READ_ROTATIONS";
    public static final String READ_SUCCESSION = "READ_SUCCESSION";
    public static final String READ_CADRE_FACTS = "READ_CADRE_FACTS";
    public static final String EXPORT_REGISTER = "EXPORT_REGISTER";
    public static final String IMPORT_REPORT = "IMPORT_REPORT";
    public static final String READ_CARDS = "READ_CARDS";

    private final CadreRepository cadres;
    private final Qualifications qualifications;
    private final Units units;
    private final AuditTrail audit;
    private final AccessPolicy access;
    private final PersonalDataAccessLog log;

    PersonalRecords(CadreRepository cadres, Qualifications qualifications, Units units, AuditTrail audit, AccessPolicy access,
                    PersonalDataAccessLog log) {
        this.cadres = cadres;
        this.qualifications = qualifications;
        this.units = units;
        this.audit = audit;
        this.access = access;
        this.log = log;
    }

    /** What was read, and whether the reader may see its sensitive fields. */
    public record Disclosed<T>(T value, boolean sensitiveShown) {
    }

    /** The facts the enrollment service needs for eligibility: no national ID, ethnicity or party data. */
    public record CadreFacts(UUID cadreId, UUID unitId, CadreStatus status, ManagementTier managementTier,
                             QualificationLevels levels) {
    }

    /** A cadre's directory card: who they are and where they serve, for a roster; nothing sensitive, no birth date. */
    public record Card(UUID cadreId, String fullName, UUID unitId, String position, CadreStatus status) {
    }

    /**
     * The cards of these cadres the caller may read ({@link CardReach}), in the order asked; a card the caller may not
     * read is left out and logged as refused, an unknown id is left out. Each card read is logged, one line a person.
     */
    @Transactional(readOnly = true)
    public List<Card> cards(Collection<UUID> cadreIds) {
        Collection<UUID> asked = new LinkedHashSet<>(cadreIds);
        if (asked.isEmpty()) {
            return List.of();
        }
        CardReach reach = new CardReach(access.scope(Permission.PERSON_READ), access.scope(Permission.TRAINING_READ));
        Map<UUID, Card> found = cadres.cardsOf(asked);
        List<Card> readable = new ArrayList<>(found.size());
        for (UUID id : asked) {
            Card card = found.get(id);
            if (card == null) {
                continue;
            }
            String unitId = card.unitId().toString();
            if (reach.covers(unitId)) {
                log.read(READ_CARDS, id.toString(), unitId);
                readable.add(card);
            } else {
                log.refused(READ_CARDS, id.toString(), unitId);
            }
        }
        return readable;
    }

    @Transactional(readOnly = true)
    public Disclosed<RegisteredCadre> profile(UUID cadreId) {
        Cadre cadre = readable(cadreId, READ_PROFILE);
        return new Disclosed<>(new RegisteredCadre(cadre, qualifications.historyOf(cadreId)), showsSensitive(cadre));
    }

    /** The cadre's audit trail: who changed what, when, with the values before and after. */
    @Transactional(readOnly = true)
    public Disclosed<List<AuditEntry>> history(UUID cadreId) {
        Cadre cadre = readable(cadreId, READ_HISTORY);
        return new Disclosed<>(audit.historyOf(cadreId), showsSensitive(cadre));
    }

    /**
     * A page of the cadres the reader may see. Naming a unit outside the reader's grants is refused; with its sub-units,
     * it finds the part of that subtree the grants cover.
     */
    @Transactional(readOnly = true)
    public CadrePage search(CadreSearch criteria, int page, int size) {
        UnitScope scope = access.scope(Permission.PERSON_READ);
        String unitId = criteria.unitId() == null ? null : criteria.unitId().toString();
        if (criteria.unitId() != null) {
            if (units.find(criteria.unitId()).isEmpty()) {
                throw DomainProblem.invalidField("unitId", "no unit with id " + criteria.unitId());
            }
            if (!criteria.includeSubunits() && !scope.covers(unitId)) {
                log.refused(SEARCH_CADRES, null, unitId);
                throw AccessPolicy.denied("Your grants do not give " + Permission.PERSON_READ + " on this unit");
            }
        }
        CadrePage found = cadres.search(criteria, within(scope), page, size);
        log.readMany(SEARCH_CADRES, found.items().size(), unitId, null);
        return found;
    }

    /** For a service's token (the enrollment service): the facts eligibility needs, logged under the client's name. */
    @Transactional(readOnly = true)
    public CadreFacts facts(UUID cadreId) {
        Cadre cadre = cadres.find(cadreId).orElseThrow(() -> DomainProblem.notFound("Cadre", cadreId.toString()));
        log.read(READ_CADRE_FACTS, cadreId.toString(), cadre.unitId().toString());
        return new CadreFacts(cadre.id(), cadre.unitId(), cadre.status(), cadre.managementTier(),
                qualifications.historyOf(cadreId).currentLevels());
    }

    /**
     * The cadre, once the reader is found to hold {@link Permission#PERSON_READ} on their unit; the read (or the
     * refusal) is logged under {@code action}. For the other features' reads of a person (rotations, planning).
     */
    public Cadre readable(UUID cadreId, String action) {
        Cadre cadre = cadres.find(cadreId).orElseThrow(() -> DomainProblem.notFound("Cadre", cadreId.toString()));
        String unitId = cadre.unitId().toString();
        if (!access.may(Permission.PERSON_READ, unitId)) {
            log.refused(action, cadreId.toString(), unitId);
            throw AccessPolicy.denied("Your grants do not give " + Permission.PERSON_READ + " on this cadre's unit");
        }
        log.read(action, cadreId.toString(), unitId);
        return cadre;
    }

    /** Whether the caller may see this cadre's national ID, ethnicity and party data. */
    public boolean showsSensitive(Cadre cadre) {
        return access.may(Permission.SENSITIVE_READ, cadre.unitId().toString());
    }

    /** The units a scope was granted on, for a query (null: everywhere). */
    public static Set<UUID> within(UnitScope scope) {
        if (scope.everywhere()) {
            return null;
        }
        Set<UUID> ids = new HashSet<>();
        for (String unit : scope.grantedUnits()) {
            try {
                ids.add(UUID.fromString(unit));
            } catch (IllegalArgumentException e) {
                // not a unit of this registry: it covers nothing here
            }
        }
        return ids;
    }
}
