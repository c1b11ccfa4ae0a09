package org.cadretraining.registry.bulk;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.cadretraining.events.vocabulary.CadreStatus;
import org.cadretraining.events.vocabulary.QualificationSource;
import org.cadretraining.platform.security.AccessPolicy;
import org.cadretraining.platform.security.Permission;
import org.cadretraining.platform.security.PersonalDataAccessLog;
import org.cadretraining.platform.security.UnitScope;
import org.cadretraining.platform.web.DomainProblem;
import org.cadretraining.registry.audit.AuditTrail;
import org.cadretraining.registry.cadres.Cadre;
import org.cadretraining.registry.cadres.CadreMovements;
import org.cadretraining.registry.cadres.CadreRegistration;
import org.cadretraining.registry.cadres.Cadres;
import org.cadretraining.registry.cadres.NewCadre;
import org.cadretraining.registry.cadres.PersonalRecords;
import org.cadretraining.registry.qualifications.QualificationHistory;
import org.cadretraining.registry.qualifications.QualificationRecord;
import org.cadretraining.registry.qualifications.Qualifications;
import org.cadretraining.registry.units.Unit;
import org.cadretraining.registry.units.Units;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Fills the register from a spreadsheet. Every row is checked first; the rows that pass are then upserted by
 * national ID in one transaction. A row that states what the register already holds changes nothing and publishes
 * nothing, so importing the same file twice is harmless. Levels only rise: a lower level in the file than on record
 * leaves the record as it is. A row may only place a cadre in, and change a cadre of, a unit the importer's
 * {@link Permission#REGISTER_WRITE} covers; the report, which tells what the register holds about the people the file
 * names, is logged as a read of them.
 */
@Service
public class CadreImport {
    private static final Logger log = LoggerFactory.getLogger(CadreImport.class);
    private final Units units;
    private final Cadres cadres;
    private final Qualifications qualifications;
    private final CadreRegistration registration;
    private final CadreMovements movements;
    private final AuditTrail audit;
    private final AccessPolicy access;
    private final PersonalDataAccessLog accessLog;
    private final Clock clock;

    CadreImport(Units units, Cadres cadres, Qualifications qualifications, CadreRegistration registration,
                CadreMovements movements, AuditTrail audit, AccessPolicy access, PersonalDataAccessLog accessLog, Clock clock) {
        this.clock = clock;
        this.units = units;
        this.cadres = cadres;
        this.qualifications = qualifications;
        this.registration = registration;
        this.movements = movements;
        this.audit = audit;
        this.access = access;
        this.accessLog = accessLog;
    }

    /** How an import treats rejected rows. */
    public record Options(boolean dryRun, boolean allOrNothing) {
    }

    @Transactional
    public ImportReport run(String fileName, byte[] content, Options options) {
        SheetFormat format = SheetFormat.ofFileName(fileName).orElseThrow(() -> UnreadableSheet.wrongExtension(fileName));
        long started = System.nanoTime();
        List<SheetRow> rows = SheetReader.read(content, format);
        long read = System.nanoTime();
        LocalDate today = LocalDate.now(clock);
        UnitScope writable = access.scope(Permission.REGISTER_WRITE);

        List<RowProblem> rejected = new ArrayList<>();
        Map<String, RowParser.ParsedRow> byNationalId = new LinkedHashMap<>();
        Map<String, Unit> unitsByCode = new HashMap<>();
        units.all().forEach(u -> unitsByCode.put(u.code(), u));
        for (SheetRow row : rows) {
            RowParser.Result result = RowParser.parse(row, today);
            if (!result.ok()) {
                rejected.addAll(result.problems());
                continue;
            }
            RowParser.ParsedRow parsed = result.row();
            Unit unit = unitsByCode.get(parsed.unitCode());
            if (unit == null) {
                rejected.add(new RowProblem(row.line(), Column.UNIT_CODE.header(), "no unit has this code"));
                continue;
            }
            if (!writable.covers(unit.id().toString())) {
                rejected.add(new RowProblem(row.line(), Column.UNIT_CODE.header(),
                        "the unit is outside the units your grants let you write the register of"));
                continue;
            }
            RowParser.ParsedRow first = byNationalId.putIfAbsent(parsed.cadre().nationalId(), parsed);
            if (first != null) {
                rejected.add(new RowProblem(row.line(), Column.NATIONAL_ID.header(),
                        "the same national ID is on line " + first.line()));
            }
        }

        Map<String, Cadre> existing = cadres.lockByNationalIds(byNationalId.keySet());
        Map<UUID, QualificationHistory> histories = qualifications.historiesOf(
                existing.values().stream().map(Cadre::id).toList());
        Plan plan = new Plan();
        for (RowParser.ParsedRow row : byNationalId.values()) {
            Unit unit = unitsByCode.get(row.unitCode());
            UUID unitId = unit.id();
            Cadre current = existing.get(row.cadre().nationalId());
            if (current != null && !writable.covers(current.unitId().toString())) {
                rejected.add(new RowProblem(row.line(), Column.NATIONAL_ID.header(),
                        "the cadre with this national ID serves in a unit your grants do not let you write the register of"));
                continue;
            }
            // A dissolved unit takes no one new, but the people it had still export and import unchanged.
            if (unit.dissolved() && (current == null || !unitId.equals(current.unitId()))) {
                rejected.add(new RowProblem(row.line(), Column.UNIT_CODE.header(), "the unit is dissolved"));
                continue;
            }
            if (current == null) {
                // Counts on registration only: a cadre already registered keeps the day they began, also after a
                // transfer into a unit that began later (a reorganization's successor), so an export imports unchanged.
                String serving = CadreRegistration.servingSinceProblem(row.cadre().servingSince(), unit);
                if (serving != null) {
                    rejected.add(new RowProblem(row.line(), Column.SERVING_SINCE.header(), serving));
                    continue;
                }
                NewCadre c = row.cadre();
                Cadre cadre = new Cadre(UUID.randomUUID(), c.nationalId(), c.fullName().strip(), c.birthDate(), c.gender(),
                        c.ethnicity(), unitId, c.position(), c.rank(), c.managementTier(), c.partyMember(),
                        c.partyJoinDate(), CadreStatus.ACTIVE, List.of(), null, c.servingSince());
                plan.created.add(new CadreRegistration.Registration(cadre, row.levels(), QualificationSource.IMPORTED));
                continue;
            }
            Cadre updated = current.withProfile(row.cadre());
            boolean moves = !unitId.equals(current.unitId());
            QualificationHistory history = histories.getOrDefault(current.id(), new QualificationHistory(List.of()));
            List<NewCadre.NewQualification> raised = row.levels().stream()
                    .filter(l -> l.ladder().rank(l.level()) > l.ladder().rank(history.currentLevel(l.ladder()))).toList();
            boolean changes = moves || !raised.isEmpty() || !updated.equals(current);
            if (!changes) {
                plan.unchanged++;
                continue;
            }
            if (!current.active()) {
                rejected.add(new RowProblem(row.line(), Column.NATIONAL_ID.header(), "the cadre has status "
                        + current.status() + "; a departed cadre's record is not changed by import"));
                continue;
            }
            plan.updated.add(new CadreRegistration.ProfileChange(current, updated));
            if (moves) {
                plan.transfers.put(updated, unitId);
            }
            if (!raised.isEmpty()) {
                plan.raised.put(current.id(), raised);
            }
        }
        rejected.sort(Comparator.comparingInt(RowProblem::line));

        int accepted = plan.created.size() + plan.updated.size() + plan.unchanged;
        boolean write = !options.dryRun() && !(options.allOrNothing() && !rejected.isEmpty());
        int levels = plan.created.stream().mapToInt(r -> r.qualifications().size()).sum()
                + plan.raised.values().stream().mapToInt(List::size).sum();
        long checked = System.nanoTime();
        if (write) {
            apply(plan);
            log.info("Import written: {} rows, {} created, {} updated, {} unchanged, {} rejected; read {} ms, checked {} ms, "
                            + "written {} ms", rows.size(), plan.created.size(), plan.updated.size(), plan.unchanged,
                    rejected.size(), (read - started) / 1_000_000, (checked - read) / 1_000_000,
                    (System.nanoTime() - checked) / 1_000_000);
        }
        if (!existing.isEmpty()) {
            // The report says what the register holds about these people (unchanged, departed, elsewhere).
            accessLog.readMany(PersonalRecords.IMPORT_REPORT, existing.size(), null,
                    rows.size() + " rows" + (options.dryRun() ? ", dry run" : ""));
        }
        return new ImportReport(fileName, format, options.dryRun(), write, rows.size(), accepted, plan.created.size(),
                plan.updated.size(), plan.unchanged, plan.transfers.size(), levels, rejected);
    }

    private void apply(Plan plan) {
        // Shared locks on the units cadres arrive in: none is closed by a reorganization meanwhile, or it is refused here.
        Set<UUID> arriving = new HashSet<>();
        plan.created.forEach(r -> arriving.add(r.cadre().unitId()));
        for (Unit unit : units.holdAllForPlacement(arriving)) {
            if (unit.dissolved()) {
                throw DomainProblem.conflict("unit-dissolved", "Unit closed meanwhile",
                        "Unit " + unit.code() + " was closed while the file was read; nothing was imported. Check the file and import again.");
            }
        }
        registration.registerAll(plan.created);
        registration.applyProfiles(plan.updated);
        plan.transfers.forEach((cadre, unitId) -> movements.transfer(cadre, unitId, LocalDate.now(clock), "import"));
        if (!plan.raised.isEmpty()) {
            Instant now = clock.instant();
            List<QualificationRecord> records = new ArrayList<>();
            plan.raised.forEach((cadreId, levels) -> levels.forEach(l -> records.add(new QualificationRecord(
                    UUID.randomUUID(), cadreId, l.ladder(), l.level(), null, null, null, QualificationSource.IMPORTED,
                    null, null, now))));
            qualifications.insertAll(records);
            audit.recordAll(records.stream().map(r -> new AuditTrail.Change(AuditTrail.CADRE, r.cadreId(),
                    "QUALIFICATION_RECORDED", null, r)).toList());
            Map<UUID, QualificationHistory> after = qualifications.historiesOf(plan.raised.keySet());
            Map<UUID, List<QualificationRecord>> byCadre = new HashMap<>();
            records.forEach(r -> byCadre.computeIfAbsent(r.cadreId(), k -> new ArrayList<>()).add(r));
            byCadre.forEach((cadreId, added) -> registration.publishRecords(added, after.get(cadreId), now));
        }
    }

    private static final class Plan {
        final List<CadreRegistration.Registration> created = new ArrayList<>();
        final List<CadreRegistration.ProfileChange> updated = new ArrayList<>();
        final Map<Cadre, UUID> transfers = new LinkedHashMap<>();
        final Map<UUID, List<NewCadre.NewQualification>> raised = new LinkedHashMap<>();
        int unchanged;
    }
}
