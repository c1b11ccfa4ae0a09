package org.cadretraining.registry.rotation.web;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.cadretraining.platform.security.Access;
import org.cadretraining.platform.security.Permission;
import org.cadretraining.registry.cadres.PersonalRecords;
import org.cadretraining.registry.rotation.Rotation;
import org.cadretraining.registry.rotation.Rotations;
import org.cadretraining.registry.web.PersonalDataRead;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Luân chuyển: starting one needs register writes on both units; reading them, PERSON_READ on the cadre's unit. */
@RestController
@RequestMapping("/api/v1/cadres/{cadreId}/rotations")
public class RotationController {
    private final Rotations rotations;

    public RotationController(Rotations rotations) {
        this.rotations = rotations;
    }

    public record StartRotationRequest(@NotNull UUID toUnitId, @NotNull LocalDate startDate, LocalDate endDate,
                                       @Size(max = 500) String reason) {
    }

    @PostMapping
    @Access(Permission.REGISTER_WRITE)
    public ResponseEntity<Rotation> start(@PathVariable UUID cadreId, @Valid @RequestBody StartRotationRequest request) {
        Rotation rotation = rotations.start(cadreId, request.toUnitId(), request.startDate(), request.endDate(), request.reason());
        return ResponseEntity.created(URI.create("/api/v1/cadres/" + cadreId + "/rotations/" + rotation.id())).body(rotation);
    }

    @GetMapping
    @Access(Permission.PERSON_READ)
    @PersonalDataRead(PersonalRecords.READ_ROTATIONS)
    public List<Rotation> of(@PathVariable UUID cadreId) {
        return rotations.of(cadreId);
    }
}
