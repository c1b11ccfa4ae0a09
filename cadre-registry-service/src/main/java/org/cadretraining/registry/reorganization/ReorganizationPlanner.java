package org.cadretraining.registry.reorganization;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import org.cadretraining.events.vocabulary.CadreStatus;
import org.cadretraining.events.vocabulary.UnitKind;
import org.cadretraining.events.vocabulary.UnitLevel;
import org.cadretraining.registry.bulk.RowProblem;
import org.cadretraining.registry.cadres.Cadres;
import org.cadretraining.registry.units.SuccessionKind;
import org.cadretraining.registry.units.Unit;
import org.cadretraining.registry.units.UnitClassification;
import org.cadretraining.registry.units.UnitHierarchy;

/**
 * Turns the rows of a mapping into a {@link Plan} against the register as it stands, or into the rows that stop it,
 * each with its line, its column and a reason an official can act on: a unit unknown or already closed, a code taken,
 * a cadre not in the unit named, a split that leaves a cadre or a sub-unit without a successor, an effective date before
 * a unit existed or after today, a unit in two changes, a chain or cycle of changes, a unit outside the official's
 * grants. Plain: it reads the register through {@link Register}.
 */
final class ReorganizationPlanner {
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("dd/MM/uuuu");

    private final UUID reorganizationId;
    private final String name;
    private final Register register;
    private final LocalDate today;

    private final Map<UUID, Unit> byId = new HashMap<>();
    private final Map<String, Unit> byCode = new HashMap<>();
    private final Map<String, Unit> byOfficialCode = new HashMap<>();
    private final Map<UUID, List<Unit>> liveChildren = new HashMap<>();
    private final List<RowProblem> problems = new ArrayList<>();
    /** Units to create, by their code, in the order the mapping first names them. */
    private final Map<String, Draft> drafts = new LinkedHashMap<>();
    private final Map<UUID, Draft> draftsById = new HashMap<>();
    /** The change that closes each unit it closes. */
    private final Map<UUID, ChangeDraft> closedBy = new HashMap<>();
    private final Map<UUID, ChangeDraft> merges = new LinkedHashMap<>();
    private final Map<UUID, ChangeDraft> splits = new LinkedHashMap<>();
    private final Map<UUID, ChangeDraft> abolitions = new LinkedHashMap<>();
    /** Existing units named as taking something over, with where: checked once every row is read. */
    private final List<TargetUse> targets = new ArrayList<>();
    private final Set<UUID> involved = new LinkedHashSet<>();

    ReorganizationPlanner(UUID reorganizationId, String name, Register register, LocalDate today) {
        this.reorganizationId = reorganizationId;
        this.name = name;
        this.register = register;
        this.today = today;
        for (Unit unit : register.units()) {
            byId.put(unit.id(), unit);
            byCode.put(unit.code(), unit);
            if (unit.officialCode() != null) {
                byOfficialCode.put(unit.officialCode(), unit);
            }
            if (unit.parentId() != null && !unit.dissolved()) {
                liveChildren.computeIfAbsent(unit.parentId(), k -> new ArrayList<>()).add(unit);
            }
        }
        liveChildren.values().forEach(list -> list.sort(Comparator.comparing(Unit::code)));
    }

    /** A new unit's id, the same at the dry run and when the plan is applied: the draft's moves name it. */
    static UUID newUnitId(UUID reorganizationId, String code) {
        return UUID.nameUUIDFromBytes(("reorganization:" + reorganizationId + ":" + code).getBytes(StandardCharsets.UTF_8));
    }

    /** A unit to create, as the rows describe it. */
    private static final class Draft {
        final String code;
        final UUID id;
        final int line;
        final Map<MappingColumn, Integer> givenOn = new HashMap<>();
        String name;
        UnitKind kind;
        UnitLevel level;
        String officialCode;
        String parentRef;
        final List<ChangeDraft> changes = new ArrayList<>();
        UUID parentId;
        Unit unit;
        boolean bad;

        Draft(String code, UUID id, int line) {
            this.code = code;
            this.id = id;
            this.line = line;
        }
    }

    private static final class ChangeDraft {
        final SuccessionKind kind;
        final int line;
        final LocalDate date;
        final List<Unit> predecessors = new ArrayList<>();
        /** MERGE: the successor. */
        UUID successor;
        /** SPLIT: the successors, in the order of the rows. */
        final Set<UUID> successors = new LinkedHashSet<>();
        /** ABOLISH_DISTRICT: where the district's own cadres go unless a row names another unit for one. */
        UUID receiver;
        int receiverLine;
        final Map<UUID, Assignment> cadres = new LinkedHashMap<>();
        final Map<UUID, Assignment> subUnits = new LinkedHashMap<>();
        Plan.Change planned;

        ChangeDraft(SuccessionKind kind, int line, LocalDate date) {
            this.kind = kind;
            this.line = line;
            this.date = date;
        }
    }

    private record Assignment(UUID target, int line) {
    }

    private record TargetUse(int line, MappingColumn column, UUID unitId, LocalDate date) {
    }

    Plan plan(List<MappingRow> rows) {
        return plan(rows, List.of());
    }

    /** The plan of the rows read; {@code unread} are the problems of the rows that could not be read at all. */
    Plan plan(List<MappingRow> rows, List<RowProblem> unread) {
        problems.addAll(unread);
        for (MappingRow row : rows) {
            read(row);
        }
        checkTargets();
        checkSuccessorsOutsidePredecessors();
        List<ChangeDraft> changes = new ArrayList<>();
        changes.addAll(merges.values());
        changes.addAll(splits.values());
        changes.addAll(abolitions.values());
        for (ChangeDraft change : changes) {
            checkDates(change);
        }
        for (ChangeDraft split : splits.values()) {
            if (split.successors.size() < 2) {
                problem(split.line, MappingColumn.NEW_UNIT, "a split needs at least two successors; unit "
                        + split.predecessors.get(0).code() + " has " + split.successors.size());
            }
        }
        List<Unit> newUnits = newUnits();
        // Deepest first: a commune merged in the same plan as its district's abolition is closed, not moved, by it.
        changes.sort(Comparator.comparingInt((ChangeDraft c) -> -c.predecessors.stream().mapToInt(this::depth).max().orElse(0))
                .thenComparingInt(c -> c.line));
        List<Plan.Change> planned = new ArrayList<>();
        for (ChangeDraft change : changes) {
            change.planned = detail(change);
            planned.add(change.planned);
        }
        problems.sort(Comparator.comparingInt(RowProblem::line));
        Map<UUID, Unit> named = new HashMap<>();
        for (UUID id : involved) {
            named.put(id, byId.get(id));
        }
        for (Plan.Change c : planned) {
            c.predecessors().forEach(u -> named.put(u.id(), u));
            c.subUnits().forEach(m -> named.put(m.unit().id(), m.unit()));
            c.successors().forEach(s -> named.computeIfAbsent(s, this::unitOrDraft));
            c.cadres().forEach(m -> named.computeIfAbsent(m.toUnitId(), this::unitOrDraft));
        }
        newUnits.forEach(u -> named.put(u.id(), u));
        named.values().removeIf(Objects::isNull);
        return new Plan(reorganizationId, name, newUnits, planned, List.copyOf(problems), named, Set.copyOf(involved));
    }

    // ---------------------------------------------------------------- reading the rows

    private void read(MappingRow row) {
        Unit old = existing(row.line(), MappingColumn.OLD_UNIT, row.oldUnit());
        if (old == null) {
            return;
        }
        if (old.dissolved()) {
            problem(row.line(), MappingColumn.OLD_UNIT, "unit " + old.code() + " is closed"
                    + (old.validTo() == null ? "" : " (its last day was " + old.validTo().format(SHOWN) + ")"));
            return;
        }
        if (!writable(old)) {
            problem(row.line(), MappingColumn.OLD_UNIT, "unit " + old.code() + " is outside the units your grants let you change");
            return;
        }
        UUID target = target(row);
        if (row.newUnit() != null && target == null) {
            return;
        }
        if (old.id().equals(target)) {
            problem(row.line(), MappingColumn.NEW_UNIT, "names the old unit itself");
            return;
        }
        ChangeDraft change = switch (row.change()) {
            case MERGE -> merges.get(target);
            case SPLIT -> splits.get(old.id());
            case ABOLISH_DISTRICT -> abolitions.get(old.id());
        };
        ChangeDraft closing = closedBy.get(old.id());
        if (closing != null && closing != change) {
            problem(row.line(), MappingColumn.OLD_UNIT, "unit " + old.code() + " is already " + verb(closing.kind) + " on line "
                    + closing.line + "; a unit takes part in one merger, split or abolition");
            return;
        }
        if (change == null) {
            change = new ChangeDraft(row.change(), row.line(), row.effectiveDate());
            switch (row.change()) {
                case MERGE -> merges.put(target, change);
                case SPLIT -> splits.put(old.id(), change);
                case ABOLISH_DISTRICT -> abolitions.put(old.id(), change);
                default -> throw new IllegalStateException(row.change().name());
            }
        }
        if (!change.date.equals(row.effectiveDate())) {
            problem(row.line(), MappingColumn.EFFECTIVE_DATE, "differs from line " + change.line + " ("
                    + change.date.format(SHOWN) + "), which is the same change");
        }
        switch (row.change()) {
            case MERGE -> {
                change.successor = target;
                if (row.cadreId() != null || row.subUnit() != null) {
                    problem(row.line(), row.cadreId() != null ? MappingColumn.CADRE_ID : MappingColumn.SUB_UNIT,
                            "a merger moves every cadre and sub-unit of the old unit; leave this column empty");
                }
            }
            case SPLIT -> {
                change.successors.add(target);
                if (row.cadreId() != null && row.subUnit() != null) {
                    problem(row.line(), MappingColumn.SUB_UNIT, "a row names a cadre or a sub-unit, not both");
                } else if (row.cadreId() != null) {
                    assign(change.cadres, row.cadreId(), target, row.line(), MappingColumn.CADRE_ID);
                } else if (row.subUnit() != null) {
                    Unit sub = existing(row.line(), MappingColumn.SUB_UNIT, row.subUnit());
                    if (sub != null) {
                        assign(change.subUnits, sub.id(), target, row.line(), MappingColumn.SUB_UNIT);
                    }
                }
            }
            case ABOLISH_DISTRICT -> {
                if (row.subUnit() != null) {
                    problem(row.line(), MappingColumn.SUB_UNIT, "an abolished district's units all go under the province;"
                            + " leave this column empty");
                }
                if (row.cadreId() != null) {
                    if (target == null) {
                        problem(row.line(), MappingColumn.NEW_UNIT, "is empty; name the unit the cadre goes to");
                    } else {
                        assign(change.cadres, row.cadreId(), target, row.line(), MappingColumn.CADRE_ID);
                    }
                } else if (target != null) {
                    if (change.receiver != null && !change.receiver.equals(target)) {
                        problem(row.line(), MappingColumn.NEW_UNIT, "line " + change.receiverLine
                                + " already names another unit for the district's cadres");
                    } else {
                        change.receiver = target;
                        change.receiverLine = row.line();
                    }
                }
            }
            default -> throw new IllegalStateException(row.change().name());
        }
        if (target != null && draftsById.containsKey(target) && !draftsById.get(target).changes.contains(change)) {
            draftsById.get(target).changes.add(change);
        }
        if (closing == null) {
            closedBy.put(old.id(), change);
            change.predecessors.add(old);
            involved.add(old.id());
        }
    }

    private static String verb(SuccessionKind kind) {
        return switch (kind) {
            case MERGE -> "merged";
            case SPLIT -> "split";
            case ABOLISH_DISTRICT -> "abolished";
        };
    }

    private void assign(Map<UUID, Assignment> assignments, UUID id, UUID target, int line, MappingColumn column) {
        Assignment first = assignments.putIfAbsent(id, new Assignment(target, line));
        if (first != null) {
            problem(line, column, "is already given a successor on line " + first.line());
        }
    }

    /** The unit a reference names: a code first, an official code otherwise; null with a problem when none or two. */
    private Unit existing(int line, MappingColumn column, String ref) {
        if (ref == null) {
            return null;
        }
        Unit unit = lookUp(line, column, ref);
        if (unit == null && !ambiguous(ref)) {
            problem(line, column, "no unit has the code or official code " + ref);
        }
        return unit;
    }

    private Unit lookUp(int line, MappingColumn column, String ref) {
        if (ambiguous(ref)) {
            problem(line, column, ref + " is the code of unit " + byCode.get(ref).code() + " and the official code of unit "
                    + byOfficialCode.get(ref).code() + "; name the unit by its code");
            return null;
        }
        Unit unit = byCode.get(ref);
        return unit != null ? unit : byOfficialCode.get(ref);
    }

    private boolean ambiguous(String ref) {
        Unit a = byCode.get(ref);
        Unit b = byOfficialCode.get(ref);
        return a != null && b != null && !a.id().equals(b.id());
    }

    /** The unit of the row's new-unit column: an existing one, or one to create from the row's description. */
    private UUID target(MappingRow row) {
        if (row.newUnit() == null) {
            return null;
        }
        if (ambiguous(row.newUnit())) {
            lookUp(row.line(), MappingColumn.NEW_UNIT, row.newUnit());
            return null;
        }
        Unit unit = lookUp(row.line(), MappingColumn.NEW_UNIT, row.newUnit());
        if (unit != null) {
            if (row.describesANewUnit()) {
                problem(row.line(), firstDescribing(row), "unit " + unit.code() + " already exists; the columns of a new unit"
                        + " stay empty (rename or classify an existing unit through the unit API)");
            }
            targets.add(new TargetUse(row.line(), MappingColumn.NEW_UNIT, unit.id(), row.effectiveDate()));
            return unit.id();
        }
        Draft draft = drafts.computeIfAbsent(row.newUnit(), code -> {
            Draft d = new Draft(code, newUnitId(reorganizationId, code), row.line());
            draftsById.put(d.id, d);
            return d;
        });
        draft.name = describe(draft, row, MappingColumn.NEW_NAME, row.newName(), draft.name);
        draft.kind = describe(draft, row, MappingColumn.NEW_KIND, row.newKind(), draft.kind);
        draft.level = describe(draft, row, MappingColumn.NEW_LEVEL, row.newLevel(), draft.level);
        draft.officialCode = describe(draft, row, MappingColumn.NEW_OFFICIAL_CODE, row.newOfficialCode(), draft.officialCode);
        draft.parentRef = describe(draft, row, MappingColumn.NEW_PARENT, row.newParent(), draft.parentRef);
        return draft.id;
    }

    private static MappingColumn firstDescribing(MappingRow row) {
        if (row.newName() != null) {
            return MappingColumn.NEW_NAME;
        }
        if (row.newKind() != null) {
            return MappingColumn.NEW_KIND;
        }
        if (row.newLevel() != null) {
            return MappingColumn.NEW_LEVEL;
        }
        return row.newOfficialCode() != null ? MappingColumn.NEW_OFFICIAL_CODE : MappingColumn.NEW_PARENT;
    }

    /** A new unit's detail: the first row to give it sets it; a later row may repeat it, not change it. */
    private <T> T describe(Draft draft, MappingRow row, MappingColumn column, T given, T held) {
        if (given == null) {
            return held;
        }
        if (held == null) {
            draft.givenOn.put(column, row.line());
            return given;
        }
        if (!held.equals(given)) {
            problem(row.line(), column, "differs from line " + draft.givenOn.get(column) + " for the new unit " + draft.code);
        }
        return held;
    }

    /** Units that take something over must exist, be open, be the official's, and not be closed by this plan. */
    private void checkTargets() {
        for (TargetUse use : targets) {
            Unit unit = byId.get(use.unitId());
            if (unit.dissolved()) {
                problem(use.line(), use.column(), "unit " + unit.code() + " is closed and takes nothing over");
            } else if (!writable(unit)) {
                problem(use.line(), use.column(), "unit " + unit.code() + " is outside the units your grants let you change");
            } else if (closedBy.containsKey(unit.id())) {
                problem(use.line(), use.column(), "unit " + unit.code() + " is closed by this reorganization (line "
                        + closedBy.get(unit.id()).line + "): a closed unit takes nothing over (a chain or a cycle of changes)");
            } else if (use.date() != null && unit.validFrom() != null && use.date().isBefore(unit.validFrom())) {
                problem(use.line(), MappingColumn.EFFECTIVE_DATE, "is before unit " + unit.code() + " exists (from "
                        + unit.validFrom().format(SHOWN) + ")");
            } else {
                involved.add(unit.id());
            }
        }
    }

    /** A unit merged or split into one of its own sub-units would end up under itself. */
    private void checkSuccessorsOutsidePredecessors() {
        List<ChangeDraft> changes = new ArrayList<>(merges.values());
        changes.addAll(splits.values());
        for (ChangeDraft change : changes) {
            Set<UUID> successors = change.kind == SuccessionKind.MERGE ? Set.of(change.successor) : change.successors;
            for (UUID s : successors) {
                Unit successor = byId.get(s);
                for (Unit p : change.predecessors) {
                    if (successor != null && inside(successor, p.id())) {
                        problem(change.line, MappingColumn.NEW_UNIT, "unit " + successor.code() + " lies inside unit " + p.code()
                                + "; a unit cannot pass to one of its own sub-units");
                    }
                }
            }
        }
    }

    /** Whether {@code unit} lies below {@code ancestorId} in the tree as it stands. */
    private boolean inside(Unit unit, UUID ancestorId) {
        Set<UUID> seen = new HashSet<>();
        UUID parent = unit.parentId();
        while (parent != null && seen.add(parent)) {
            if (parent.equals(ancestorId)) {
                return true;
            }
            Unit up = byId.get(parent);
            parent = up == null ? null : up.parentId();
        }
        return false;
    }

    private void checkDates(ChangeDraft change) {
        if (change.date.isAfter(today)) {
            problem(change.line, MappingColumn.EFFECTIVE_DATE, "is after today; apply the reorganization on or after the day"
                    + " it takes effect");
        }
        for (Unit p : change.predecessors) {
            if (p.validFrom() != null && !change.date.isAfter(p.validFrom())) {
                problem(change.line, MappingColumn.EFFECTIVE_DATE, "is not after the day unit " + p.code() + " began ("
                        + p.validFrom().format(SHOWN) + "): it would close before it existed");
            }
        }
    }

    // ---------------------------------------------------------------- the units to create

    private List<Unit> newUnits() {
        Set<String> officialCodes = new HashSet<>();
        for (Draft d : drafts.values()) {
            if (d.changes.isEmpty()) {
                d.bad = true;
                continue;
            }
            if (d.name == null) {
                problem(d.line, MappingColumn.NEW_UNIT, "no unit has the code or official code " + d.code
                        + "; to create it, give its name in \"" + MappingColumn.NEW_NAME.header() + "\"");
                d.bad = true;
            }
            Unit first = d.changes.get(0).predecessors.isEmpty() ? null : d.changes.get(0).predecessors.get(0);
            if (d.kind == null) {
                d.kind = first == null ? null : first.kind();
            }
            if (d.level == null && d.kind != null) {
                UnitLevel fixed = UnitClassification.levelOf(d.kind);
                d.level = fixed != null ? fixed : first == null ? null : first.level();
            }
            if (d.kind == null || d.level == null) {
                d.bad = true;
                continue;
            }
            int line = d.givenOn.getOrDefault(MappingColumn.NEW_KIND, d.line);
            String kindProblem = UnitClassification.kindProblem(d.kind, d.level);
            if (kindProblem != null) {
                problem(line, MappingColumn.NEW_KIND, kindProblem);
                d.bad = true;
            }
            if (d.officialCode != null) {
                int codeLine = d.givenOn.getOrDefault(MappingColumn.NEW_OFFICIAL_CODE, d.line);
                String shape = UnitClassification.officialCodeProblem(d.officialCode, d.kind, d.level);
                Unit holder = byOfficialCode.get(d.officialCode);
                if (shape != null) {
                    problem(codeLine, MappingColumn.NEW_OFFICIAL_CODE, shape);
                } else if (holder != null) {
                    problem(codeLine, MappingColumn.NEW_OFFICIAL_CODE, d.officialCode + " is the official code of unit "
                            + holder.code() + (holder.dissolved() ? ", closed; a code is never given to another unit" : "")
                            + " (to keep a code, make the unit that holds it the successor)");
                } else if (!officialCodes.add(d.officialCode)) {
                    problem(codeLine, MappingColumn.NEW_OFFICIAL_CODE, d.officialCode + " is given to two new units");
                }
            }
        }
        for (Draft d : drafts.values()) {
            if (!d.changes.isEmpty()) {
                resolveParent(d);
            }
        }
        // Parents first; a cycle among the new units' parents stops them all.
        List<Unit> ordered = new ArrayList<>();
        Set<UUID> placed = new HashSet<>();
        for (Draft d : drafts.values()) {
            place(d, ordered, placed, new LinkedHashSet<>());
        }
        return ordered;
    }

    private void resolveParent(Draft d) {
        LocalDate validFrom = d.changes.stream().map(c -> c.date).min(Comparator.naturalOrder()).orElseThrow();
        int line = d.givenOn.getOrDefault(MappingColumn.NEW_PARENT, d.line);
        Unit parent = null;
        Draft parentDraft = null;
        if (d.parentRef != null) {
            Draft named = drafts.get(d.parentRef);
            Unit unit = named == null ? lookUp(line, MappingColumn.NEW_PARENT, d.parentRef) : null;
            if (named != null && !named.changes.isEmpty()) {
                parentDraft = named;
            } else if (unit == null) {
                if (!ambiguous(d.parentRef)) {
                    problem(line, MappingColumn.NEW_PARENT, "no unit has the code " + d.parentRef
                            + ", in the register or among the new units of this mapping");
                }
                d.bad = true;
                return;
            } else if (unit.dissolved() || closedBy.containsKey(unit.id())) {
                problem(line, MappingColumn.NEW_PARENT, "unit " + unit.code() + " is closed"
                        + (unit.dissolved() ? "" : " by this reorganization (line " + closedBy.get(unit.id()).line + ")")
                        + " and takes no new units");
                d.bad = true;
                return;
            } else if (d.changes.stream().flatMap(c -> c.predecessors.stream()).anyMatch(p -> inside(unit, p.id()))) {
                problem(line, MappingColumn.NEW_PARENT, "unit " + unit.code() + " lies inside a unit the new unit " + d.code
                        + " takes over; name a unit that stays in place");
                d.bad = true;
                return;
            } else {
                parent = unit;
            }
        } else {
            ChangeDraft change = d.changes.get(0);
            Unit first = change.predecessors.isEmpty() ? null : change.predecessors.get(0);
            if (first == null) {
                d.bad = true;
                return;
            }
            UUID destination = destination(first.parentId(), line, new HashSet<>());
            if (destination == null && first.parentId() != null) {
                d.bad = true;
                return;
            }
            if (destination != null && draftsById.containsKey(destination)) {
                parentDraft = draftsById.get(destination);
            } else if (destination != null) {
                parent = byId.get(destination);
            }
        }
        if (parent != null) {
            if (!writable(parent)) {
                problem(line, MappingColumn.NEW_PARENT, "unit " + parent.code() + " is outside the units your grants let you change");
                d.bad = true;
                return;
            }
            if (parent.validFrom() != null && validFrom.isBefore(parent.validFrom())) {
                problem(d.changes.get(0).line, MappingColumn.EFFECTIVE_DATE, "is before unit " + parent.code()
                        + ", where the new unit " + d.code + " goes, exists (from " + parent.validFrom().format(SHOWN) + ")");
                d.bad = true;
                return;
            }
            involved.add(parent.id());
        }
        d.parentId = parent != null ? parent.id() : parentDraft != null ? parentDraft.id : null;
        Unit parentUnit = parent != null ? parent : parentDraft == null ? null : provisional(parentDraft, validFrom);
        if (d.kind != null && d.level != null && (parentDraft == null || parentDraft.kind != null && parentDraft.level != null)) {
            String placement = UnitHierarchy.placementProblem(d.level, d.kind, parentUnit);
            if (placement != null) {
                problem(line, d.parentRef != null ? MappingColumn.NEW_PARENT : MappingColumn.NEW_KIND, "the new unit " + d.code
                        + ": " + placement);
                d.bad = true;
            }
        }
        d.unit = new Unit(d.id, d.code, d.name, d.level, d.parentId, null, d.kind, d.officialCode, validFrom, null);
    }

    private static Unit provisional(Draft d, LocalDate validFrom) {
        return new Unit(d.id, d.code, d.name, d.level, d.parentId, null, d.kind, d.officialCode, validFrom, null);
    }

    /**
     * Where a unit ends up once the plan is applied: itself, or for a unit the plan closes, the successor of its
     * merger or, for an abolished district, where the district's units go. A split unit has no one answer: null, with
     * a problem asking for the parent by name.
     */
    private UUID destination(UUID unitId, int line, Set<UUID> seen) {
        if (unitId == null || draftsById.containsKey(unitId) || !seen.add(unitId)) {
            return unitId;
        }
        ChangeDraft closing = closedBy.get(unitId);
        if (closing == null) {
            return unitId;
        }
        return switch (closing.kind) {
            case MERGE -> destination(closing.successor, line, seen);
            case ABOLISH_DISTRICT -> destination(byId.get(unitId).parentId(), line, seen);
            case SPLIT -> {
                problem(line, MappingColumn.NEW_PARENT, "the unit the new unit would sit under, " + byId.get(unitId).code()
                        + ", is split by this reorganization (line " + closing.line + "); name the new unit's parent");
                yield null;
            }
        };
    }

    private void place(Draft d, List<Unit> ordered, Set<UUID> placed, Set<UUID> path) {
        if (d.unit == null || placed.contains(d.id)) {
            return;
        }
        if (!path.add(d.id)) {
            problem(d.line, MappingColumn.NEW_PARENT, "the parents of the new units " + path.stream()
                    .map(id -> draftsById.get(id).code).toList() + " make a cycle");
            d.bad = true;
            return;
        }
        Draft parent = d.parentId == null ? null : draftsById.get(d.parentId);
        if (parent != null) {
            place(parent, ordered, placed, path);
        }
        placed.add(d.id);
        ordered.add(d.unit);
    }

    // ---------------------------------------------------------------- what each change moves

    private Plan.Change detail(ChangeDraft change) {
        LocalDate date = change.date;
        List<Plan.UnitMove> subUnits = new ArrayList<>();
        List<Plan.CadreMove> cadres = new ArrayList<>();
        Map<UUID, List<UUID>> closures = new LinkedHashMap<>();
        List<UUID> successors;
        switch (change.kind) {
            case MERGE -> {
                successors = List.of(change.successor);
                for (Unit p : change.predecessors) {
                    for (Unit child : children(p, change.line, date)) {
                        subUnits.add(new Plan.UnitMove(child, change.successor));
                    }
                    for (Cadres.Placement c : register.servingIn(List.of(p.id()))) {
                        cadres.add(new Plan.CadreMove(c.cadreId(), p.id(), change.successor));
                    }
                    closures.put(p.id(), successors);
                }
            }
            case SPLIT -> {
                successors = List.copyOf(change.successors);
                Unit p = change.predecessors.get(0);
                List<Unit> children = children(p, change.line, date);
                Set<UUID> childIds = new HashSet<>();
                for (Unit child : children) {
                    childIds.add(child.id());
                    Assignment a = change.subUnits.get(child.id());
                    if (a == null) {
                        problem(change.line, MappingColumn.SUB_UNIT, "sub-unit " + child.code() + " of unit " + p.code()
                                + " has no successor; add a row naming it in \"" + MappingColumn.SUB_UNIT.header() + "\"");
                    } else {
                        subUnits.add(new Plan.UnitMove(child, a.target()));
                    }
                }
                change.subUnits.forEach((id, a) -> {
                    if (!childIds.contains(id)) {
                        Unit named = byId.get(id);
                        problem(a.line(), MappingColumn.SUB_UNIT, "unit " + named.code() + " is not an open sub-unit of unit "
                                + p.code() + (closedBy.containsKey(id) ? " that stays (it is closed by this reorganization)" : ""));
                    }
                });
                assignCadres(change, p, null, cadres);
                closures.put(p.id(), successors);
            }
            case ABOLISH_DISTRICT -> {
                Unit d = change.predecessors.get(0);
                UUID province = d.parentId();
                if (d.level() != UnitLevel.DISTRICT) {
                    problem(change.line, MappingColumn.OLD_UNIT, "unit " + d.code() + " is at " + d.level()
                            + " level; only a district is abolished this way");
                }
                if (province == null) {
                    problem(change.line, MappingColumn.OLD_UNIT, "unit " + d.code() + " has no parent to take its units");
                    successors = List.of();
                    closures.put(d.id(), successors);
                    break;
                }
                Unit parent = byId.get(province);
                if (!writable(parent)) {
                    problem(change.line, MappingColumn.OLD_UNIT, "its units go to unit " + parent.code()
                            + ", which is outside the units your grants let you change");
                } else {
                    involved.add(province);
                }
                Set<UUID> after = new LinkedHashSet<>();
                for (Unit child : children(d, change.line, date)) {
                    subUnits.add(new Plan.UnitMove(child, province));
                    after.add(child.id());
                }
                // A sub-unit merged or split in the same plan lives on in its successors.
                for (Unit child : liveChildren.getOrDefault(d.id(), List.of())) {
                    ChangeDraft closing = closedBy.get(child.id());
                    if (closing != null && closing.planned != null) {
                        after.addAll(closing.planned.closures().getOrDefault(child.id(), List.of()));
                    }
                }
                assignCadres(change, d, change.receiver == null ? province : change.receiver, cadres);
                successors = List.copyOf(after);
                closures.put(d.id(), successors);
            }
            default -> throw new IllegalStateException(change.kind.name());
        }
        return new Plan.Change(change.kind, change.line, date, reason(change.kind), List.copyOf(change.predecessors),
                successors, subUnits, cadres, closures);
    }

    private String reason(SuccessionKind kind) {
        return switch (kind) {
            case MERGE -> "Sáp nhập theo " + name;
            case SPLIT -> "Chia tách theo " + name;
            case ABOLISH_DISTRICT -> "Kết thúc hoạt động cấp huyện theo " + name;
        };
    }

    /** The open sub-units a closed unit passes on: those the plan does not close itself (they are closed first). */
    private List<Unit> children(Unit parent, int line, LocalDate date) {
        List<Unit> children = liveChildren.getOrDefault(parent.id(), List.of()).stream()
                .filter(c -> !closedBy.containsKey(c.id())).toList();
        Map<UUID, LocalDate> since = register.placedSince(children.stream().map(Unit::id).toList());
        for (Unit child : children) {
            LocalDate placed = since.get(child.id());
            if (placed != null && date.isBefore(placed)) {
                problem(line, MappingColumn.EFFECTIVE_DATE, "is before sub-unit " + child.code() + " of unit " + parent.code()
                        + " was placed where it is (" + placed.format(SHOWN) + ")");
            }
            involved.add(child.id());
        }
        return children;
    }

    /**
     * Each active cadre of the closed unit goes where a row assigns them; without a row, to {@code fallback}, or, when
     * there is none (a split), nowhere: a problem.
     */
    private void assignCadres(ChangeDraft change, Unit from, UUID fallback, List<Plan.CadreMove> moves) {
        Set<UUID> serving = new HashSet<>();
        int unassigned = 0;
        for (Cadres.Placement c : register.servingIn(List.of(from.id()))) {
            serving.add(c.cadreId());
            Assignment a = change.cadres.get(c.cadreId());
            UUID to = a != null ? a.target() : fallback;
            if (to == null) {
                unassigned++;
                problem(change.line, MappingColumn.CADRE_ID, "cadre " + c.cadreId() + " serves in unit " + from.code()
                        + " and has no successor; add a row with their \"" + MappingColumn.CADRE_ID.header() + "\"");
            } else {
                moves.add(new Plan.CadreMove(c.cadreId(), from.id(), to));
            }
        }
        List<UUID> others = change.cadres.keySet().stream().filter(id -> !serving.contains(id)).toList();
        Map<UUID, Cadres.Placement> places = register.placesOf(others);
        for (UUID id : others) {
            Cadres.Placement place = places.get(id);
            int line = change.cadres.get(id).line();
            if (place == null) {
                problem(line, MappingColumn.CADRE_ID, "no cadre has this id");
            } else if (place.status() != CadreStatus.ACTIVE) {
                problem(line, MappingColumn.CADRE_ID, "the cadre has status " + place.status() + " and moves no more");
            } else {
                problem(line, MappingColumn.CADRE_ID, "the cadre does not serve in unit " + from.code());
            }
        }
        if (unassigned > 0 && change.kind == SuccessionKind.SPLIT) {
            // Said once more, in one line, for the official who reads the count first.
            problem(change.line, MappingColumn.CADRE_ID, unassigned + " cadre(s) of unit " + from.code()
                    + " have no successor; download the template with splitUnit=" + from.code() + " to list them");
        }
    }

    // ---------------------------------------------------------------- helpers

    private boolean writable(Unit unit) {
        return register.writable(unit.id());
    }

    private Unit unitOrDraft(UUID id) {
        Unit unit = byId.get(id);
        if (unit != null) {
            return unit;
        }
        Draft d = draftsById.get(id);
        return d == null ? null : d.unit;
    }

    private int depth(Unit unit) {
        int depth = 0;
        Set<UUID> seen = new HashSet<>();
        UUID parent = unit.parentId();
        while (parent != null && seen.add(parent) && byId.containsKey(parent)) {
            depth++;
            parent = byId.get(parent).parentId();
        }
        return depth;
    }

    private void problem(int line, MappingColumn column, String reason) {
        problems.add(new RowProblem(line, column.header(), reason));
    }
}
