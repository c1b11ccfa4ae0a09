package org.cadretraining.reporting.query;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.cadretraining.platform.security.AccessPolicy;
import org.cadretraining.platform.security.Permission;
import org.cadretraining.platform.security.PersonalDataAccessLog;
import org.cadretraining.platform.security.UnitScope;
import org.cadretraining.platform.web.DomainProblem;
import org.cadretraining.reporting.views.CadreProgress;
import org.cadretraining.reporting.views.CadreRecord;
import org.cadretraining.reporting.views.StoreNames;
import org.cadretraining.reporting.views.UnitRoster;
import org.cadretraining.reporting.views.UnitTree;
import org.cadretraining.reporting.views.UnitView;
import org.springframework.stereotype.Service;

/**
 * Personal data: a cadre's training record and the name search. Unlike the aggregate views, these check the caller's
 * grants themselves ({@link Permission#PERSON_READ} on the cadre's unit, which is known only once the record is read)
 * and write every read and every refusal to the personal-data access log, so that no caller can read a person
 * without a trace (Decree 13/2023/NĐ-CP).
 */
@Service
public class CadreRecords {
    /** A cadre's training record, read through the API. */
    public static final String READ_RECORD = "READ_RECORD";
    /** A cadre's training record, downloaded as a file. */
    public static final String EXPORT_RECORD = "EXPORT_RECORD";
    /** A search of cadres' names within a unit. */
    public static final String SEARCH = "SEARCH";
    static final int MAX_MATCHES = 50;

    private final ViewStores stores;
    private final ReferenceData reference;
    private final AccessPolicy access;
    private final PersonalDataAccessLog log;

    CadreRecords(ViewStores stores, ReferenceData reference, AccessPolicy access, PersonalDataAccessLog log) {
        this.stores = stores;
        this.reference = reference;
        this.access = access;
        this.log = log;
    }

    /** A cadre a name search found. */
    public record CadreMatch(String cadreId, String fullName, String unitId, String unitName, String position) {
    }

    /**
     * The cadre's training record, for a caller who holds {@link Permission#PERSON_READ} on the cadre's unit (or a
     * unit above it); 404 for a cadre reporting does not know. The read, or the refusal, is logged as {@code action}.
     */
    public CadreRecord read(String cadreId, String action) {
        CadreProgress progress = stores.get(StoreNames.CADRE_PROGRESS, cadreId, CadreProgress.class)
                .filter(CadreProgress::registered)
                .orElseThrow(() -> DomainProblem.notFound("Cadre", cadreId));
        if (!access.may(Permission.PERSON_READ, progress.unitId())) {
            log.refused(action, cadreId, progress.unitId());
            throw AccessPolicy.denied("Your grants do not give " + Permission.PERSON_READ + " on this cadre's unit");
        }
        log.read(action, cadreId, progress.unitId());
        return CadreRecord.of(progress);
    }

    /**
     * Cadres of a unit (and the units below it) whose name contains the words typed, accents ignored, at most
     * {@value #MAX_MATCHES}. Only the units of that subtree the caller's {@link Permission#PERSON_READ} reaches are
     * searched, through their rosters (the {@code unit-roster} index); 403 when it reaches none of them.
     */
    public List<CadreMatch> search(String unitId, String name) {
        UnitTree tree = reference.unitTree();
        tree.unit(unitId).orElseThrow(() -> DomainProblem.notFound("Unit", unitId));
        UnitScope scope = access.scope(Permission.PERSON_READ);
        Map<String, String> units = tree.subtree(unitId).stream().filter(u -> scope.covers(u.unitId()))
                .collect(Collectors.toMap(UnitView::unitId, u -> u.name() == null ? "" : u.name()));
        if (units.isEmpty()) {
            log.refused(SEARCH, null, unitId);
            throw AccessPolicy.denied("Your grants do not give " + Permission.PERSON_READ + " on any unit of this subtree");
        }
        String wanted = fold(name == null ? "" : name);
        List<CadreMatch> matches = new ArrayList<>();
        stores.prefixed(StoreNames.UNIT_ROSTER, units.keySet().stream().map(UnitRoster::prefix).toList(), UnitRoster.Entry.class)
                .forEach((key, c) -> {
                    if (c.fullName() != null && fold(c.fullName()).contains(wanted)) {
                        String unit = UnitRoster.unitOf(key);
                        matches.add(new CadreMatch(c.cadreId(), c.fullName(), unit, units.get(unit), c.position()));
                    }
                });
        List<CadreMatch> found = matches.stream().sorted(Comparator.comparing(CadreMatch::fullName).thenComparing(CadreMatch::cadreId))
                .limit(MAX_MATCHES).toList();
        // How many people the answer named, and where; never the words searched for (they are a name).
        log.readMany(SEARCH, found.size(), unitId, units.size() + " units searched");
        return found;
    }

    static String fold(String s) {
        return Normalizer.normalize(s.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT).trim();
    }
}
