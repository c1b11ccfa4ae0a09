package org.cadretraining.registry.cadres;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.cadretraining.events.EventTypes;
import org.cadretraining.events.registry.CadreQualificationRecorded;
import org.cadretraining.events.registry.CadreRegistered;
import org.cadretraining.events.vocabulary.CadreStatus;
import org.cadretraining.events.vocabulary.ManagementTier;
import org.cadretraining.events.vocabulary.QualificationSource;
import org.cadretraining.platform.security.AccessPolicy;
import org.cadretraining.platform.security.Permission;
import org.cadretraining.platform.web.DomainProblem;
import org.cadretraining.platform.web.InvalidRequest;
import org.cadretraining.platform.web.ProblemHandling.FieldProblem;
import org.cadretraining.registry.audit.AuditTrail;
import org.cadretraining.registry.events.OutboxBatch;
import org.cadretraining.registry.qualifications.QualificationHistory;
import org.cadretraining.registry.qualifications.QualificationRecord;
import org.cadretraining.registry.qualifications.Qualifications;
import org.cadretraining.registry.units.Unit;
import org.cadretraining.registry.units.Units;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Registers cadres with their qualifications and keeps their profiles; publishes {@code CadreRegistered} with one
 * event per record, and {@code CadreProfileUpdated} when what other services see of a profile changes. A request
 * needs {@link Permission#REGISTER_WRITE} on the cadre's unit.
 */
@Service
public class CadreRegistration {
    private static final Logger log = LoggerFactory.getLogger(CadreRegistration.class);
    /** From this many cadres at once, the time of each step is logged: where a bulk write spends it. */
    private static final int BULK = 1_000;
    private final CadreRepository cadres;
    private final Units units;
    private final Qualifications qualifications;
    private final AuditTrail audit;
    private final OutboxBatch batch;
    private final AccessPolicy access;
    private final Clock clock;

    CadreRegistration(CadreRepository cadres, Units units, Qualifications qualifications, AuditTrail audit, OutboxBatch batch,
                      AccessPolicy access, Clock clock) {
        this.cadres = cadres;
        this.units = units;
        this.qualifications = qualifications;
        this.audit = audit;
        this.batch = batch;
        this.access = access;
        this.clock = clock;
    }

    public record RegisteredCadre(Cadre cadre, QualificationHistory history) {
    }

    @Transactional
    public RegisteredCadre register(NewCadre request) {
        List<FieldProblem> problems = new ArrayList<>(CadreRules.problems(request, LocalDate.now(clock)));
        if (request.unitId() != null) {
            // Shared: the unit cannot be closed by a reorganization while the cadre arrives.
            Unit unit = units.holdForPlacement(request.unitId()).orElse(null);
            if (unit != null) {
                access.require(Permission.REGISTER_WRITE, unit.id().toString());
            }
            String unitProblem = unitProblem(unit, request.unitId());
            if (unitProblem != null) {
                problems.add(new FieldProblem("unitId", unitProblem));
            }
            String servingProblem = unit == null ? null : servingSinceProblem(request.servingSince(), unit);
            if (servingProblem != null) {
                problems.add(new FieldProblem("servingSince", servingProblem));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidRequest(problems);
        }
        if (cadres.nationalIdTaken(request.nationalId())) {
            throw duplicateNationalId();
        }
        Cadre cadre = new Cadre(UUID.randomUUID(), request.nationalId(), request.fullName().strip(), request.birthDate(),
                request.gender(), request.ethnicity(), request.unitId(), request.position(), request.rank(),
                request.managementTier() == null ? ManagementTier.UNIT : request.managementTier(),
                request.partyMember(), request.partyJoinDate(), CadreStatus.ACTIVE, request.committeeMemberships(), null,
                request.servingSince());
        List<NewCadre.NewQualification> held = request.qualifications() == null ? List.of() : request.qualifications();
        return registerAll(List.of(new Registration(cadre, held, QualificationSource.MANUAL))).get(0);
    }

    /** A cadre to add, with the records they already hold and where those came from. */
    public record Registration(Cadre cadre, List<NewCadre.NewQualification> qualifications, QualificationSource source) {
    }

    /** Writes already validated cadres in batches, with their events and audit lines; the caller holds the transaction. */
    public List<RegisteredCadre> registerAll(List<Registration> registrations) {
        long started = System.nanoTime();
        Instant now = clock.instant();
        List<QualificationRecord> allRecords = new ArrayList<>();
        List<RegisteredCadre> registered = new ArrayList<>(registrations.size());
        List<AuditTrail.Change> changes = new ArrayList<>(registrations.size());
        for (Registration r : registrations) {
            List<QualificationRecord> records = new ArrayList<>();
            for (NewCadre.NewQualification q : r.qualifications()) {
                records.add(new QualificationRecord(UUID.randomUUID(), r.cadre().id(), q.ladder(), q.level(),
                        q.fieldOfStudy(), q.institution(), q.yearHeld(), r.source(), null, null, now, q.awardedOn()));
            }
            allRecords.addAll(records);
            registered.add(new RegisteredCadre(r.cadre(), new QualificationHistory(records)));
            changes.add(new AuditTrail.Change(AuditTrail.CADRE, r.cadre().id(), "CADRE_REGISTERED", null, r.cadre()));
        }
        long prepared = System.nanoTime();
        cadres.insertAll(registrations.stream().map(Registration::cadre).toList());
        long cadresWritten = System.nanoTime();
        qualifications.insertAll(allRecords);
        long recordsWritten = System.nanoTime();
        audit.recordAll(changes);
        long audited = System.nanoTime();
        OutboxBatch.Events events = batch.events();
        for (RegisteredCadre r : registered) {
            Cadre cadre = r.cadre();
            String key = cadre.id().toString();
            events.add(EventTypes.CADRE_REGISTERED, key, new CadreRegistered(key, cadre.unitId().toString(),
                    cadre.fullName(), cadre.birthDate(), cadre.gender(), cadre.ethnicity().isMinority(), cadre.position(),
                    cadre.rank(), cadre.managementTier(), cadre.status(), r.history().currentLevels(), now,
                    cadre.committeeMemberships(),
                    cadre.servingSince() == null ? LocalDate.ofInstant(now, clock.getZone()) : cadre.servingSince()));
            addRecords(events, r.history().records(), r.history(), now);
        }
        long eventsBuilt = System.nanoTime();
        events.append();
        if (registrations.size() >= BULK) {
            log.info("Registered {} cadres with {} records: prepared {} ms, cadres {} ms, records {} ms, audit {} ms, "
                            + "events built {} ms, events written {} ms", registrations.size(), allRecords.size(),
                    ms(prepared - started), ms(cadresWritten - prepared), ms(recordsWritten - cadresWritten),
                    ms(audited - recordsWritten), ms(eventsBuilt - audited), ms(System.nanoTime() - eventsBuilt));
        }
        return registered;
    }

    /** One {@code CadreQualificationRecorded} per new record, with the level the whole history now gives. */
    public void publishRecords(List<QualificationRecord> added, QualificationHistory history, Instant now) {
        OutboxBatch.Events events = batch.events();
        addRecords(events, added, history, now);
        events.append();
    }

    private static void addRecords(OutboxBatch.Events events, List<QualificationRecord> added, QualificationHistory history,
                                   Instant now) {
        for (QualificationRecord record : added) {
            String key = record.cadreId().toString();
            events.add(EventTypes.CADRE_QUALIFICATION_RECORDED, key, new CadreQualificationRecorded(key,
                    record.id().toString(), record.ladder(), record.level(), history.currentLevel(record.ladder()),
                    record.source(), record.fieldOfStudy(), record.institution(), record.year(), record.classId(),
                    record.enrollmentId(), now, record.awardedOn()));
        }
    }

    /**
     * Replaces the profile (not the unit: that is a transfer; not the status: that is a departure). Publishes
     * {@code CadreProfileUpdated} only when what other services see changed: a corrected national ID or party join
     * date is audited here and stays here.
     */
    @Transactional
    public RegisteredCadre update(UUID id, NewCadre profile) {
        Cadre before = cadres.lock(id).orElseThrow(() -> DomainProblem.notFound("Cadre", id.toString()));
        access.require(Permission.REGISTER_WRITE, before.unitId().toString());
        NewCadre checked = new NewCadre(profile.nationalId(), profile.fullName(), profile.birthDate(), profile.gender(),
                profile.ethnicity(), profile.unitId(), profile.position(), profile.rank(), profile.managementTier(),
                profile.partyMember(), profile.partyJoinDate(), List.of(),
                profile.committeeMemberships() == null ? before.committeeMemberships() : profile.committeeMemberships());
        List<FieldProblem> problems = CadreRules.problems(checked, LocalDate.now(clock));
        if (!problems.isEmpty()) {
            throw new InvalidRequest(problems);
        }
        if (profile.unitId() != null && !profile.unitId().equals(before.unitId())) {
            throw new DomainProblem(HttpStatus.CONFLICT, "unit-change-is-a-transfer", "Unit changes go through a transfer",
                    "unitId", "unitId: a change of unit is a transfer; use POST /api/v1/cadres/" + id + "/transfer");
        }
        if (!before.nationalId().equals(checked.nationalId()) && cadres.nationalIdTaken(checked.nationalId())) {
            throw duplicateNationalId();
        }
        Cadre after = before.withProfile(checked);
        applyProfiles(List.of(new ProfileChange(before, after)));
        return new RegisteredCadre(after, qualifications.historyOf(id));
    }

    public record ProfileChange(Cadre before, Cadre after) {
    }

    /** Writes changed profiles with their audit lines and events; unchanged ones are skipped. Returns how many changed. */
    public int applyProfiles(List<ProfileChange> changes) {
        List<ProfileChange> real = changes.stream().filter(c -> !c.before().equals(c.after())).toList();
        if (real.isEmpty()) {
            return 0;
        }
        cadres.updateProfiles(real.stream().map(ProfileChange::after).toList());
        audit.recordAll(real.stream().map(c -> new AuditTrail.Change(AuditTrail.CADRE, c.after().id(), "PROFILE_UPDATED",
                c.before(), c.after())).toList());
        Instant now = clock.instant();
        OutboxBatch.Events events = batch.events();
        for (ProfileChange c : real) {
            if (!c.before().samePublicProfile(c.after())) {
                events.add(EventTypes.CADRE_PROFILE_UPDATED, c.after().id().toString(), c.after().publicProfile(now));
            }
        }
        events.append();
        return real.size();
    }

    /** The cadre as it stands after a change the caller was allowed to make: no read check, no access log line. */
    @Transactional(readOnly = true)
    public RegisteredCadre get(UUID id) {
        Cadre cadre = cadres.find(id).orElseThrow(() -> DomainProblem.notFound("Cadre", id.toString()));
        return new RegisteredCadre(cadre, qualifications.historyOf(id));
    }

    /** Why a cadre cannot be placed in {@code unit}, or null when they can. */
    public static String unitProblem(Unit unit, UUID requested) {
        if (unit == null) {
            return "no unit with id " + requested;
        }
        if (unit.dissolved()) {
            return "unit " + unit.code() + " is dissolved";
        }
        return null;
    }

    /** Why a cadre cannot have served in {@code unit} since {@code servingSince}, or null when they can. */
    public static String servingSinceProblem(LocalDate servingSince, Unit unit) {
        if (servingSince != null && unit.validFrom() != null && servingSince.isBefore(unit.validFrom())) {
            return "is before unit " + unit.code() + " exists (from " + unit.validFrom() + ")";
        }
        return null;
    }

    private static long ms(long nanos) {
        return nanos / 1_000_000;
    }

    static DomainProblem duplicateNationalId() {
        return new DomainProblem(HttpStatus.CONFLICT, "duplicate-national-id", "National ID already registered",
                "nationalId", "nationalId: another cadre is already registered with this national ID");
    }

}
