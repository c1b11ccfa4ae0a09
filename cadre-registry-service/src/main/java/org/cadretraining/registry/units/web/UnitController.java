package org.cadretraining.registry.units.web;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.cadretraining.events.vocabulary.UnitLevel;
import org.cadretraining.platform.security.Access;
import org.cadretraining.platform.security.Permission;
import org.cadretraining.registry.units.Unit;
import org.cadretraining.registry.units.UnitRegistration;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The unit tree. Every official's screens need it and it is not personal: any grant reads it. Changes need
 * {@link Permission#UNITS_MANAGE} on the units they touch, checked by {@link UnitRegistration}.
 */
@RestController
@RequestMapping("/api/v1/units")
public class UnitController {
    private final UnitRegistration registration;

    public UnitController(UnitRegistration registration) {
        this.registration = registration;
    }

    public record CreateUnitRequest(
            @NotBlank @Size(max = 40) @Pattern(regexp = "[A-Z0-9][A-Z0-9-]*", message = "must be upper-case letters, digits and dashes") String code,
            @NotBlank @Size(max = 200) String name,
            @NotNull UnitLevel level,
            UUID parentUnitId) {
    }

    public record RenameUnitRequest(@NotBlank @Size(max = 200) String name) {
    }

    public record MoveUnitRequest(@NotNull UUID parentUnitId) {
    }

    public record UnitResponse(UUID unitId, String code, String name, UnitLevel level, UUID parentUnitId,
                               Instant dissolvedAt) {
        static UnitResponse of(Unit unit) {
            return new UnitResponse(unit.id(), unit.code(), unit.name(), unit.level(), unit.parentId(), unit.dissolvedAt());
        }
    }

    @PostMapping("/{unitId}/rename")
    @Access(Permission.UNITS_MANAGE)
    public UnitResponse rename(@PathVariable UUID unitId, @Valid @RequestBody RenameUnitRequest request) {
        return UnitResponse.of(registration.rename(unitId, request.name().strip()));
    }

    @PostMapping("/{unitId}/move")
    @Access(Permission.UNITS_MANAGE)
    public UnitResponse move(@PathVariable UUID unitId, @Valid @RequestBody MoveUnitRequest request) {
        return UnitResponse.of(registration.move(unitId, request.parentUnitId()));
    }

    /** Giải thể: refused with 409 while active cadres or live sub-units remain. */
    @PostMapping("/{unitId}/dissolve")
    @Access(Permission.UNITS_MANAGE)
    public UnitResponse dissolve(@PathVariable UUID unitId) {
        return UnitResponse.of(registration.dissolve(unitId));
    }

    @PostMapping
    @Access(Permission.UNITS_MANAGE)
    public ResponseEntity<UnitResponse> create(@Valid @RequestBody CreateUnitRequest request) {
        Unit unit = registration.create(request.code(), request.name().strip(), request.level(), request.parentUnitId());
        return ResponseEntity.created(URI.create("/api/v1/units/" + unit.id())).body(UnitResponse.of(unit));
    }

    @GetMapping("/{unitId}")
    @Access(anyGrant = true)
    public UnitResponse get(@PathVariable UUID unitId) {
        return UnitResponse.of(registration.get(unitId));
    }

    @GetMapping
    @Access(anyGrant = true)
    public List<UnitResponse> all() {
        return registration.all().stream().map(UnitResponse::of).toList();
    }
}
