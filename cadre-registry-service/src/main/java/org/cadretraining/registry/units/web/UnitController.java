package org.cadretraining.registry.units.web;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.cadretraining.events.vocabulary.UnitKind;
import org.cadretraining.events.vocabulary.UnitLevel;
import org.cadretraining.platform.security.Access;
import org.cadretraining.platform.security.Permission;
import org.cadretraining.registry.units.Lineage;
import org.cadretraining.registry.units.Unit;
import org.cadretraining.registry.units.UnitLink;
import org.cadretraining.registry.units.UnitRegistration;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The unit tree. Every official's screens need it and it is not personal: any grant reads it. Changes need
 * {@link Permission#UNITS_MANAGE} on the units they touch, checked by {@link UnitRegistration}.
 */
@RestController
@RequestMapping("/api/v1/units")
public class UnitController {
    static final String OFFICIAL_CODE = "\\d{2}|\\d{3}|\\d{5}";
    static final String OFFICIAL_CODE_MESSAGE = "must be 2 digits (province), 3 (district) or 5 (commune, ward, special zone)";
    private final UnitRegistration registration;

    public UnitController(UnitRegistration registration) {
        this.registration = registration;
    }

    /**
     * A new unit. {@code kind} defaults to the level's administrative unit (a PROVINCE-level STATE_AGENCY is a
     * department); {@code officialCode} is the code of Decision 19/2025/QĐ-TTg where it has one; {@code validFrom} the
     * day it exists from (default today; an earlier day loads history).
     */
    public record CreateUnitRequest(
            @NotBlank @Size(max = 40) @Pattern(regexp = "[A-Z0-9][A-Z0-9-]*", message = "must be upper-case letters, digits and dashes") String code,
            @NotBlank @Size(max = 200) String name,
            @NotNull UnitLevel level,
            UUID parentUnitId,
            UnitKind kind,
            @Size(max = 5) @Pattern(regexp = OFFICIAL_CODE, message = OFFICIAL_CODE_MESSAGE) String officialCode,
            LocalDate validFrom) {
    }

    /** {@code effectiveDate}: the day the name is the unit's from (default today; never after it). */
    public record RenameUnitRequest(@NotBlank @Size(max = 200) String name, LocalDate effectiveDate) {
    }

    public record MoveUnitRequest(@NotNull UUID parentUnitId, LocalDate effectiveDate) {
    }

    /** What the unit is; {@code officialCode} null takes the code away. */
    public record ClassifyUnitRequest(@NotNull UnitKind kind,
                                      @Size(max = 5) @Pattern(regexp = OFFICIAL_CODE, message = OFFICIAL_CODE_MESSAGE) String officialCode) {
    }

    /**
     * A unit: its place ({@code level}, {@code parentUnitId}), what it is ({@code kind}, {@code officialCode}), when it
     * exists ({@code validFrom}, {@code validTo}: its last day, null while it exists), and its direct predecessors and
     * successors (the whole lineage: {@code GET /api/v1/units/{id}/lineage}).
     */
    public record UnitResponse(UUID unitId, String code, String name, UnitLevel level, UUID parentUnitId,
                               Instant dissolvedAt, UnitKind kind, String officialCode, LocalDate validFrom,
                               LocalDate validTo, List<UUID> predecessorUnitIds, List<UUID> successorUnitIds) {
        static UnitResponse of(Unit unit, List<UnitLink> links) {
            List<UUID> predecessors = new ArrayList<>();
            List<UUID> successors = new ArrayList<>();
            for (UnitLink link : links) {
                if (link.successorId().equals(unit.id())) {
                    predecessors.add(link.predecessorId());
                }
                if (link.predecessorId().equals(unit.id())) {
                    successors.add(link.successorId());
                }
            }
            return new UnitResponse(unit.id(), unit.code(), unit.name(), unit.level(), unit.parentId(), unit.dissolvedAt(),
                    unit.kind(), unit.officialCode(), unit.validFrom(), unit.validTo(), predecessors, successors);
        }
    }

    /** A unit named in a lineage. */
    public record UnitReference(UUID unitId, String code, String officialCode, String name, UnitKind kind, UnitLevel level,
                                LocalDate validFrom, LocalDate validTo) {
        static UnitReference of(Unit unit) {
            return new UnitReference(unit.id(), unit.code(), unit.officialCode(), unit.name(), unit.kind(), unit.level(),
                    unit.validFrom(), unit.validTo());
        }
    }

    /**
     * One link: {@code predecessor} passed to {@code successor} on {@code effectiveDate} by the reorganization named
     * ({@code change}: MERGE, SPLIT or ABOLISH_DISTRICT); {@code generation} 1 is the unit's own predecessor or
     * successor, 2 theirs, and so on.
     */
    public record LineageStep(int generation, String change, LocalDate effectiveDate, UUID reorganizationId,
                              UnitReference predecessor, UnitReference successor) {
    }

    public record LineageResponse(UUID unitId, List<LineageStep> predecessors, List<LineageStep> successors) {
    }

    @PostMapping("/{unitId}/rename")
    @Access(Permission.UNITS_MANAGE)
    public UnitResponse rename(@PathVariable UUID unitId, @Valid @RequestBody RenameUnitRequest request) {
        return respond(registration.rename(unitId, request.name().strip(), request.effectiveDate()));
    }

    @PostMapping("/{unitId}/move")
    @Access(Permission.UNITS_MANAGE)
    public UnitResponse move(@PathVariable UUID unitId, @Valid @RequestBody MoveUnitRequest request) {
        return respond(registration.move(unitId, request.parentUnitId(), request.effectiveDate()));
    }

    /** Sets the unit's kind and official code; publishes {@code UnitClassified}. */
    @PostMapping("/{unitId}/classify")
    @Access(Permission.UNITS_MANAGE)
    public UnitResponse classify(@PathVariable UUID unitId, @Valid @RequestBody ClassifyUnitRequest request) {
        return respond(registration.classify(unitId, request.kind(), request.officialCode()));
    }

    /** Giải thể: refused with 409 while active cadres or live sub-units remain. */
    @PostMapping("/{unitId}/dissolve")
    @Access(Permission.UNITS_MANAGE)
    public UnitResponse dissolve(@PathVariable UUID unitId) {
        return respond(registration.dissolve(unitId));
    }

    @PostMapping
    @Access(Permission.UNITS_MANAGE)
    public ResponseEntity<UnitResponse> create(@Valid @RequestBody CreateUnitRequest request) {
        Unit unit = registration.create(new UnitRegistration.NewUnit(request.code(), request.name().strip(), request.level(),
                request.parentUnitId(), request.kind(), request.officialCode(), request.validFrom()));
        return ResponseEntity.created(URI.create("/api/v1/units/" + unit.id())).body(respond(unit));
    }

    @GetMapping("/{unitId}")
    @Access(anyGrant = true)
    public UnitResponse get(@PathVariable UUID unitId) {
        return respond(registration.get(unitId));
    }

    /**
     * Every unit, closed ones too; with {@code asOf}, the tree as it stood that day: the units that existed, with the
     * names and parents they had, and the links that had taken effect by then.
     */
    @GetMapping
    @Access(anyGrant = true)
    public List<UnitResponse> all(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
        List<UnitLink> links = registration.links();
        List<Unit> units = asOf == null ? registration.all() : registration.asOf(asOf);
        if (asOf != null) {
            links = links.stream().filter(l -> !l.effectiveDate().isAfter(asOf)).toList();
        }
        Map<UUID, List<UnitLink>> byUnit = new HashMap<>();
        for (UnitLink link : links) {
            byUnit.computeIfAbsent(link.predecessorId(), k -> new ArrayList<>()).add(link);
            byUnit.computeIfAbsent(link.successorId(), k -> new ArrayList<>()).add(link);
        }
        return units.stream().map(u -> UnitResponse.of(u, byUnit.getOrDefault(u.id(), List.of()))).toList();
    }

    /** Predecessors and successors, transitively, each link with its reorganization and effective date. */
    @GetMapping("/{unitId}/lineage")
    @Access(anyGrant = true)
    public LineageResponse lineage(@PathVariable UUID unitId) {
        Lineage lineage = registration.lineage(unitId);
        Map<UUID, Unit> units = registration.all().stream().filter(u -> lineage.units().contains(u.id()))
                .collect(Collectors.toMap(Unit::id, Function.identity()));
        Function<Lineage.Step, LineageStep> step = s -> new LineageStep(s.generation(), s.link().change(),
                s.link().effectiveDate(), s.link().reorganizationId(), UnitReference.of(units.get(s.link().predecessorId())),
                UnitReference.of(units.get(s.link().successorId())));
        return new LineageResponse(unitId, lineage.predecessors().stream().map(step).toList(),
                lineage.successors().stream().map(step).toList());
    }

    private UnitResponse respond(Unit unit) {
        List<UnitLink> links = registration.links().stream()
                .filter(l -> l.predecessorId().equals(unit.id()) || l.successorId().equals(unit.id())).toList();
        return UnitResponse.of(unit, links);
    }
}
