package org.cadretraining.registry.reorganization;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.cadretraining.events.EventTypes;
import org.cadretraining.events.registry.CadreTransferred;
import org.cadretraining.events.registry.UnitClosed;
import org.cadretraining.events.registry.UnitMoved;
import org.cadretraining.events.registry.UnitSplit;
import org.cadretraining.events.registry.UnitsMerged;
import org.cadretraining.platform.security.AccessPolicy;
import org.cadretraining.platform.security.Actor;
import org.cadretraining.platform.security.Permission;
import org.cadretraining.platform.security.PersonalDataAccessLog;
import org.cadretraining.platform.security.UnitScope;
import org.cadretraining.platform.web.DomainProblem;
import org.cadretraining.registry.audit.AuditTrail;
import org.cadretraining.registry.bulk.RowProblem;
import org.cadretraining.registry.bulk.SheetFormat;
import org.cadretraining.registry.bulk.SheetReader;
import org.cadretraining.registry.bulk.UnreadableSheet;
import org.cadretraining.registry.cadres.CadreMovements;
import org.cadretraining.registry.cadres.Cadres;
import org.cadretraining.registry.events.OutboxBatch;
import org.cadretraining.registry.units.SuccessionKind;
import org.cadretraining.registry.units.Unit;
import org.cadretraining.registry.units.Units;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A reorganization (sáp nhập, chia tách, kết thúc cấp huyện) as one plan. An official uploads the mapping: it is read,
 * planned against the register and kept as a draft, with every row that stops it (a dry run: nothing of the register
 * changes). Applying it plans it again under locks on everything it moves and, if nothing stops it, makes every change
 * in one transaction, with its events in the order agreed with enrollment and reporting (docs: reorg-events), its
 * transfers in each cadre's history and an audit line naming the file's hash; or changes nothing at all. Applying an
 * applied plan, or uploading its file again, changes nothing and answers with what was done the first time.
 * <p>
 * Who uploads, reads or applies needs {@link Permission#REGISTER_WRITE} and {@link Permission#UNITS_MANAGE} on every
 * unit the plan touches (the province's personnel officers, or the platform's administrators); checked unit by unit,
 * never cadre by cadre.
 */
@Service
public class Reorganizations {
    private static final Logger log = LoggerFactory.getLogger(Reorganizations.class);
    public static final String READ_MOVES = "READ_REORGANIZATION_CADRES";
    public static final String READ_TEMPLATE = "READ_REORGANIZATION_TEMPLATE";
    private final ReorganizationRepository reorganizations;
    private final Units units;
    private final Cadres cadres;
    private final CadreMovements movements;
    private final AuditTrail audit;
    private final OutboxBatch outbox;
    private final AccessPolicy access;
    private final PersonalDataAccessLog accessLog;
    private final TransactionTemplate transactions;
    private final Clock clock;

    Reorganizations(ReorganizationRepository reorganizations, Units units, Cadres cadres, CadreMovements movements,
                    AuditTrail audit, OutboxBatch outbox, AccessPolicy access, PersonalDataAccessLog accessLog,
                    PlatformTransactionManager transactionManager, Clock clock) {
        this.reorganizations = reorganizations;
        this.units = units;
        this.cadres = cadres;
        this.movements = movements;
        this.audit = audit;
        this.outbox = outbox;
        this.access = access;
        this.accessLog = accessLog;
        this.transactions = new TransactionTemplate(transactionManager);
        this.clock = clock;
    }

    /** What an upload found: a new draft, or the reorganization this very file made before. */
    public record Uploaded(ReorganizationView view, boolean created) {
    }

    /** An applied plan's audit line. */
    record AuditSummary(String name, String fileName, String fileHash, DryRun.Totals totals, int eventsPublished) {
    }

    /** A draft's audit line. */
    record DraftSummary(String name, String fileName, String fileHash, boolean applicable, DryRun.Totals totals, int problems) {
    }

    // ---------------------------------------------------------------- upload: the dry run

    /**
     * Reads and plans a mapping, and keeps it as a draft (nothing of the register changes). The same file again finds
     * its reorganization: an applied one answers with its outcome, a draft is planned again against the register as it
     * now stands.
     */
    @Transactional
    public Uploaded upload(String fileName, byte[] content, String name) {
        SheetFormat format = SheetFormat.ofFileName(fileName)
                .orElseThrow(() -> UnreadableSheet.wrongExtension(fileName, MappingColumn.LAYOUT));
        MappingParser.Parsed parsed = MappingParser.parse(SheetReader.read(content, format, MappingColumn.LAYOUT));
        if (parsed.rows().isEmpty() && parsed.problems().isEmpty()) {
            throw UnreadableSheet.unreadable("the mapping has no rows; fill in the template's rows under its headers");
        }
        String hash = sha256(content);
        var existing = reorganizations.findByHash(hash);
        if (existing.isPresent()) {
            ReorganizationRepository.Stored stored = existing.get();
            requireReadable(stored.involved(), stored.uploadedBy());
            if (stored.status() == ReorganizationView.Status.APPLIED) {
                return new Uploaded(stored.view(), false);
            }
            Plan plan = plan(stored.id(), stored.name(), parsed, false);
            refresh(stored.id(), plan);
            return new Uploaded(reorganizations.find(stored.id()).orElseThrow().view(), false);
        }
        UUID id = UUID.randomUUID();
        String title = name == null || name.isBlank() ? baseName(fileName) : name.strip();
        Plan plan = plan(id, title, parsed, false);
        DryRun dryRun = DryRun.of(plan);
        Instant now = clock.instant();
        reorganizations.insert(id, title, safeFileName(fileName), hash, content, Actor.current(), now, plan.involved(), dryRun);
        reorganizations.replaceMoves(id, plan.cadreMoves());
        audit.record(AuditTrail.REORGANIZATION, id, "REORGANIZATION_UPLOADED", null, new DraftSummary(title,
                safeFileName(fileName), hash, plan.applicable(), dryRun.totals(), plan.problems().size()));
        return new Uploaded(reorganizations.find(id).orElseThrow().view(), true);
    }

    @Transactional(readOnly = true)
    public ReorganizationView get(UUID id) {
        ReorganizationRepository.Stored stored = reorganizations.find(id)
                .orElseThrow(() -> DomainProblem.notFound("Reorganization", id.toString()));
        requireReadable(stored.involved(), stored.uploadedBy());
        return stored.view();
    }

    /** The reorganizations the caller may read, newest first. */
    @Transactional(readOnly = true)
    public List<ReorganizationView.Summary> list() {
        return reorganizations.all().stream().filter(l -> readable(l.involved(), l.summary().uploadedBy()))
                .map(ReorganizationRepository.Listed::summary).toList();
    }

    /** A page of who moves where (after applying: who moved), by name; never a sensitive field. Logged as a read. */
    public record MovedCadre(UUID cadreId, String fullName, String position, UUID fromUnitId, String fromUnitCode,
                             UUID toUnitId, String toUnitCode) {
    }

    public record MovedCadres(List<MovedCadre> items, int page, int size, long totalItems, long totalPages) {
    }

    @Transactional(readOnly = true)
    public MovedCadres cadres(UUID id, UUID fromUnitId, UUID toUnitId, int page, int size) {
        ReorganizationRepository.Stored stored = reorganizations.find(id)
                .orElseThrow(() -> DomainProblem.notFound("Reorganization", id.toString()));
        requireReadable(stored.involved(), stored.uploadedBy());
        Map<UUID, String> codes = stored.dryRun().units().stream()
                .collect(Collectors.toMap(DryRun.UnitRef::unitId, DryRun.UnitRef::code, (a, b) -> a));
        long total = reorganizations.countMoves(id, fromUnitId, toUnitId);
        List<MovedCadre> items = reorganizations.moves(id, fromUnitId, toUnitId, page, size).stream()
                .map(m -> new MovedCadre(m.cadreId(), m.fullName(), m.position(), m.fromUnitId(), codes.get(m.fromUnitId()),
                        m.toUnitId(), codes.get(m.toUnitId())))
                .toList();
        if (!items.isEmpty()) {
            accessLog.readMany(READ_MOVES, items.size(), fromUnitId == null ? null : fromUnitId.toString(),
                    "reorganization " + id + ", page " + page);
        }
        return new MovedCadres(items, page, size, total, (total + size - 1) / size);
    }

    // ---------------------------------------------------------------- apply: all or nothing

    /**
     * Applies the plan, all or nothing. Refused with 409 while a row stops it (the draft then shows the rows as the
     * register now stands); an applied plan is not applied again: the answer is its first outcome.
     */
    public Applied apply(UUID id) {
        Attempt attempt = transactions.execute(status -> attempt(id));
        if (attempt.refused()) {
            List<RowProblem> problems = attempt.view().dryRun().problems();
            StringBuilder first = new StringBuilder();
            problems.stream().limit(3).forEach(p -> first.append("; line ").append(p.line()).append(", \"").append(p.column())
                    .append("\": ").append(p.reason()));
            throw new DomainProblem(HttpStatus.CONFLICT, "reorganization-not-applicable", "Reorganization cannot be applied",
                    "file", problems.size() + " row problem(s) stop this reorganization; nothing was changed. GET "
                    + "/api/v1/reorganizations/" + id + " lists them" + first);
        }
        return new Applied(attempt.view(), attempt.alreadyApplied());
    }

    /** What applying answers: the reorganization, and whether it had been applied before (then nothing changed now). */
    public record Applied(ReorganizationView view, boolean alreadyApplied) {
    }

    private record Attempt(ReorganizationView view, boolean refused, boolean alreadyApplied) {
    }

    private Attempt attempt(UUID id) {
        ReorganizationRepository.Stored stored = reorganizations.lock(id)
                .orElseThrow(() -> DomainProblem.notFound("Reorganization", id.toString()));
        requireReadable(stored.involved(), stored.uploadedBy());
        if (stored.status() == ReorganizationView.Status.APPLIED) {
            return new Attempt(stored.view(), false, true);
        }
        long started = System.nanoTime();
        byte[] content = reorganizations.content(id);
        SheetFormat format = SheetFormat.ofFileName(stored.fileName()).orElse(SheetFormat.XLSX);
        MappingParser.Parsed parsed = MappingParser.parse(SheetReader.read(content, format, MappingColumn.LAYOUT));
        // What it touches, then lock that, then plan again on what the locks hold: nothing moves in between.
        Set<UUID> locked = new HashSet<>(new ReorganizationPlanner(id, stored.name(), register(false, false),
                LocalDate.now(clock)).plan(parsed.rows(), parsed.problems()).involved());
        units.lockAll(locked);
        Plan plan = plan(id, stored.name(), parsed, true);
        if (!locked.containsAll(plan.involved())) {
            Set<UUID> more = new HashSet<>(plan.involved());
            more.removeAll(locked);
            units.lockAll(more);
            locked.addAll(more);
            plan = plan(id, stored.name(), parsed, true);
            if (!locked.containsAll(plan.involved())) {
                throw DomainProblem.conflict("concurrent-change", "Concurrent change",
                        "The units of this reorganization changed while it was being applied; nothing was changed. Try again.");
            }
        }
        if (!plan.applicable()) {
            refresh(id, plan);
            return new Attempt(reorganizations.find(id).orElseThrow().view(), true, false);
        }
        long planned = System.nanoTime();
        int events = execute(plan);
        DryRun done = DryRun.of(plan);
        Instant now = clock.instant();
        ReorganizationView.Outcome outcome = new ReorganizationView.Outcome(Actor.current(), now, done.totals(), events);
        reorganizations.applied(id, Actor.current(), now, plan.involved(), done, outcome);
        reorganizations.replaceMoves(id, plan.cadreMoves());
        audit.record(AuditTrail.REORGANIZATION, id, "REORGANIZATION_APPLIED", null, new AuditSummary(stored.name(),
                stored.fileName(), stored.fileHash(), done.totals(), events));
        log.info("Reorganization {} applied: {} units created, {} closed, {} sub-units and {} cadres moved, {} events;"
                        + " planned under locks in {} ms, written in {} ms", id, done.totals().unitsCreated(),
                done.totals().unitsClosed(), done.totals().subUnitsMoved(), done.totals().cadresTransferred(), events,
                (planned - started) / 1_000_000, (System.nanoTime() - planned) / 1_000_000);
        return new Attempt(reorganizations.find(id).orElseThrow().view(), false, false);
    }

    /** Every change of the plan, in order, with its events in the order agreed; returns how many events. */
    private int execute(Plan plan) {
        Instant now = clock.instant();
        String reorganizationId = plan.reorganizationId().toString();
        OutboxBatch.Events events = outbox.events();
        int[] count = {0};
        units.createAll(plan.newUnits());
        Map<UUID, Unit> created = new HashMap<>();
        plan.newUnits().forEach(u -> created.put(u.id(), u));
        Set<UUID> announced = new HashSet<>();
        for (Plan.Change change : plan.changes()) {
            LocalDate effective = change.effectiveDate();
            // 1. Each new unit this change passes to, announced once, its new parent before it.
            Set<UUID> receiving = new LinkedHashSet<>(change.successors());
            change.cadres().forEach(m -> receiving.add(m.toUnitId()));
            change.subUnits().forEach(m -> receiving.add(m.toParentId()));
            for (UUID unit : receiving) {
                announce(unit, created, announced, events, now, count);
            }
            List<String> predecessors = change.predecessors().stream().map(u -> u.id().toString()).toList();
            List<String> successors = change.successors().stream().map(UUID::toString).toList();
            // 2. The merger or the split.
            if (change.kind() == SuccessionKind.MERGE) {
                add(events, count).add(EventTypes.UNITS_MERGED, successors.get(0),
                        new UnitsMerged(reorganizationId, successors.get(0), predecessors, effective));
            } else if (change.kind() == SuccessionKind.SPLIT) {
                add(events, count).add(EventTypes.UNIT_SPLIT, predecessors.get(0),
                        new UnitSplit(reorganizationId, predecessors.get(0), successors, effective));
            }
            // 3. The sub-units.
            units.moveAll(change.subUnits().stream().map(m -> new Units.Placement(m.unit(), m.toParentId())).toList(), effective);
            for (Plan.UnitMove m : change.subUnits()) {
                add(events, count).add(EventTypes.UNIT_MOVED, m.unit().id().toString(), new UnitMoved(m.unit().id().toString(),
                        m.unit().parentId() == null ? null : m.unit().parentId().toString(), m.toParentId().toString(), now,
                        effective, reorganizationId));
            }
            // 4. The cadres, each a transfer whose reason is the change.
            movements.moveAll(change.cadres().stream().map(m -> new CadreMovements.Move(m.cadreId(), m.fromUnitId(),
                    m.toUnitId(), change.reason())).toList(), effective, plan.reorganizationId());
            for (Plan.CadreMove m : change.cadres()) {
                add(events, count).add(EventTypes.CADRE_TRANSFERRED, m.cadreId().toString(), new CadreTransferred(
                        m.cadreId().toString(), m.fromUnitId().toString(), m.toUnitId().toString(), effective,
                        change.reason(), reorganizationId));
            }
            // 5. The closed units, the day before.
            LocalDate lastDay = effective.minusDays(1);
            units.closeAll(change.predecessors(), lastDay);
            change.closures().forEach((closed, to) -> add(events, count).add(EventTypes.UNIT_CLOSED, closed.toString(),
                    new UnitClosed(closed.toString(), lastDay, reorganizationId, to.stream().map(UUID::toString).toList())));
        }
        units.link(plan.links());
        events.append();
        return count[0];
    }

    private static OutboxBatch.Events add(OutboxBatch.Events events, int[] count) {
        count[0]++;
        return events;
    }

    private void announce(UUID unitId, Map<UUID, Unit> created, Set<UUID> announced, OutboxBatch.Events events, Instant now,
                          int[] count) {
        Unit unit = created.get(unitId);
        if (unit == null || !announced.add(unitId)) {
            return;
        }
        if (unit.parentId() != null) {
            announce(unit.parentId(), created, announced, events, now, count);
        }
        add(events, count).add(EventTypes.UNIT_CREATED, unitId.toString(), Units.created(unit, now));
    }

    // ---------------------------------------------------------------- the template

    /**
     * The mapping's template; with {@code splitUnit} (a code or official code), prefilled with a row for each cadre and
     * sub-unit of that unit, for a split: those cadres' names are read, and logged as such.
     */
    @Transactional(readOnly = true)
    public byte[] template(SheetFormat format, String splitUnit) {
        if (splitUnit == null || splitUnit.isBlank()) {
            return MappingTemplate.write(format, List.of());
        }
        String ref = splitUnit.strip().toUpperCase(Locale.ROOT);
        List<Unit> all = units.all();
        Unit unit = all.stream().filter(u -> u.code().equals(ref)).findFirst()
                .or(() -> all.stream().filter(u -> ref.equals(u.officialCode())).findFirst())
                .orElseThrow(() -> DomainProblem.invalidField("splitUnit", "no unit has the code or official code " + ref));
        access.require(Permission.REGISTER_WRITE, unit.id().toString());
        List<MappingTemplate.SplitRow> rows = new ArrayList<>();
        all.stream().filter(u -> unit.id().equals(u.parentId()) && !u.dissolved())
                .sorted(Comparator.comparing(Unit::code))
                .forEach(u -> rows.add(new MappingTemplate.SplitRow(unit.code(), u.code(), null, null)));
        List<Cadres.Placement> serving = cadres.servingIn(List.of(unit.id()));
        Map<UUID, String> names = cadres.namesOf(serving.stream().map(Cadres.Placement::cadreId).toList());
        serving.forEach(c -> rows.add(new MappingTemplate.SplitRow(unit.code(), null, c.cadreId().toString(),
                names.get(c.cadreId()))));
        if (!serving.isEmpty()) {
            accessLog.readMany(READ_TEMPLATE, serving.size(), unit.id().toString(), "reorganization template, split of " + unit.code());
        }
        return MappingTemplate.write(format, rows);
    }

    // ---------------------------------------------------------------- helpers

    private Plan plan(UUID id, String name, MappingParser.Parsed parsed, boolean lock) {
        return new ReorganizationPlanner(id, name, register(lock, true), LocalDate.now(clock)).plan(parsed.rows(), parsed.problems());
    }

    private void refresh(UUID id, Plan plan) {
        reorganizations.replan(id, clock.instant(), plan.involved(), DryRun.of(plan));
        reorganizations.replaceMoves(id, plan.cadreMoves());
    }

    /**
     * The register as the planner reads it, for the caller; with {@code lock}, the cadres it reads are locked; without
     * {@code withCadres}, it reads none (to learn which units a plan touches).
     */
    private Register register(boolean lock, boolean withCadres) {
        List<Unit> all = units.all();
        UnitScope write = access.scope(Permission.REGISTER_WRITE);
        UnitScope manage = access.scope(Permission.UNITS_MANAGE);
        return new Register() {
            @Override
            public List<Unit> units() {
                return all;
            }

            @Override
            public Map<UUID, LocalDate> placedSince(Collection<UUID> unitIds) {
                return units.placedSince(unitIds);
            }

            @Override
            public List<Cadres.Placement> servingIn(Collection<UUID> unitIds) {
                if (!withCadres) {
                    return List.of();
                }
                return lock ? cadres.lockServingIn(unitIds) : cadres.servingIn(unitIds);
            }

            @Override
            public Map<UUID, Cadres.Placement> placesOf(Collection<UUID> cadreIds) {
                return withCadres ? cadres.placesOf(cadreIds) : Map.of();
            }

            @Override
            public boolean writable(UUID unitId) {
                return write.covers(unitId.toString()) && manage.covers(unitId.toString());
            }
        };
    }

    /** A draft is for who may write every unit it touches; one that touches none, for its uploader or a province's. */
    private void requireReadable(Set<UUID> involved, String uploadedBy) {
        if (!readable(involved, uploadedBy)) {
            throw AccessPolicy.denied("Your grants do not give " + Permission.REGISTER_WRITE + " on every unit this"
                    + " reorganization touches");
        }
    }

    private boolean readable(Set<UUID> involved, String uploadedBy) {
        if (involved.isEmpty()) {
            return uploadedBy.equals(access.subject()) || access.entitlements().coversARoot(Permission.REGISTER_WRITE);
        }
        UnitScope write = access.scope(Permission.REGISTER_WRITE);
        return involved.stream().allMatch(u -> write.covers(u.toString()));
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String baseName(String fileName) {
        String base = safeFileName(fileName);
        int dot = base.lastIndexOf('.');
        return dot > 0 ? base.substring(0, dot) : base;
    }

    /** The file's name as the caller's system gave it, without a path, bounded: kept, shown, never trusted. */
    private static String safeFileName(String fileName) {
        String name = fileName == null ? "" : fileName.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}]", "");
        return name.length() > 200 ? name.substring(name.length() - 200) : name;
    }
}
