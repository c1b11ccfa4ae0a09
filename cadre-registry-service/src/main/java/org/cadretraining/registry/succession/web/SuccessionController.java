package org.cadretraining.registry.succession.web;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import org.cadretraining.platform.security.Access;
import org.cadretraining.platform.security.Permission;
import org.cadretraining.registry.cadres.PersonalRecords;
import org.cadretraining.registry.succession.SuccessionEntry;
import org.cadretraining.registry.succession.SuccessionPlanning;
import org.cadretraining.registry.web.PersonalDataRead;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Quy hoạch: entries are written with register writes on the cadre's unit, read with PERSON_READ there. */
@RestController
@RequestMapping("/api/v1/cadres/{cadreId}/succession")
public class SuccessionController {
    private final SuccessionPlanning planning;

    public SuccessionController(SuccessionPlanning planning) {
        this.planning = planning;
    }

    public record PlanRequest(@NotBlank @Size(max = 200) String plannedTitle, @NotNull @Min(1945) @Max(2100) Integer termStart,
                              @NotNull @Min(1945) @Max(2100) Integer termEnd, @NotNull @PastOrPresent LocalDate decidedOn) {
    }

    public record WithdrawRequest(@NotNull @PastOrPresent LocalDate decidedOn, @Size(max = 500) String reason) {
    }

    @PostMapping
    @Access(Permission.REGISTER_WRITE)
    public ResponseEntity<SuccessionEntry> plan(@PathVariable UUID cadreId, @Valid @RequestBody PlanRequest request) {
        SuccessionEntry entry = planning.plan(cadreId, request.plannedTitle().strip(), request.termStart(), request.termEnd(),
                request.decidedOn());
        return ResponseEntity.created(URI.create("/api/v1/cadres/" + cadreId + "/succession/" + entry.id())).body(entry);
    }

    @PostMapping("/{entryId}/withdrawal")
    @Access(Permission.REGISTER_WRITE)
    public SuccessionEntry withdraw(@PathVariable UUID cadreId, @PathVariable UUID entryId,
                                    @Valid @RequestBody WithdrawRequest request) {
        return planning.withdraw(cadreId, entryId, request.decidedOn(), request.reason());
    }

    @GetMapping
    @Access(Permission.PERSON_READ)
    @PersonalDataRead(PersonalRecords.READ_SUCCESSION)
    public List<SuccessionEntry> entries(@PathVariable UUID cadreId) {
        return planning.entriesOf(cadreId);
    }
}
