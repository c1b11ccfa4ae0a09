package org.cadretraining.enrollment.programs.web;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.cadretraining.enrollment.access.TrainingAccess;
import org.cadretraining.enrollment.paging.Page;
import org.cadretraining.enrollment.programs.NewProgram;
import org.cadretraining.enrollment.programs.Program;
import org.cadretraining.enrollment.programs.ProgramCatalogue;
import org.cadretraining.events.vocabulary.ConferredLevel;
import org.cadretraining.events.vocabulary.Ladder;
import org.cadretraining.events.vocabulary.ManagementTier;
import org.cadretraining.events.vocabulary.ProgramCategory;
import org.cadretraining.events.vocabulary.ProgramKind;
import org.cadretraining.platform.security.Access;
import org.cadretraining.platform.security.Permission;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/programs")
public class ProgramController {
    private final ProgramCatalogue catalogue;
    private final TrainingAccess access;

    public ProgramController(ProgramCatalogue catalogue, TrainingAccess access) {
        this.catalogue = catalogue;
        this.access = access;
    }

    /** A level as sent: checked against its ladder by ProgramRules, so that the problem names {@code confers.level}. */
    public record ConfersInput(@NotNull Ladder ladder, @NotBlank @Size(max = 40) String level) {
    }

    public record CreateProgramRequest(
            @NotBlank @Size(max = 40) @Pattern(regexp = "[A-Z0-9][A-Z0-9-]*", message = "must be upper-case letters, digits and dashes") String code,
            @NotBlank @Size(max = 200) String name,
            @NotNull ProgramKind kind,
            @NotNull ProgramCategory category,
            @Valid ConfersInput confers,
            // At most one minimum level a ladder; more tiers than there are would be a client's mistake.
            @Valid @Size(max = 3) List<@NotNull @Valid ConfersInput> prerequisites,
            @Size(max = 10) java.util.Set<@NotNull ManagementTier> eligibleTiers) {
    }

    public record ProgramResponse(UUID programId, String code, String name, ProgramKind kind, ProgramCategory category,
                                  ConferredLevel confers, List<ConferredLevel> prerequisites,
                                  java.util.Set<ManagementTier> eligibleTiers) {
        static ProgramResponse of(Program program) {
            return new ProgramResponse(program.id(), program.code(), program.name(), program.kind(), program.category(),
                    program.confers(), program.prerequisites().minimumLevels(), program.prerequisites().tiers());
        }
    }

    /** The catalogue is the province's: a training officer over a whole province defines it. */
    @PostMapping
    @Access(Permission.PROGRAMS_MANAGE)
    public ResponseEntity<ProgramResponse> create(@Valid @RequestBody CreateProgramRequest request) {
        access.requireOverAProvince(Permission.PROGRAMS_MANAGE);
        ConfersInput confers = request.confers();
        Program program = catalogue.define(new NewProgram(request.code(), request.name().strip(), request.kind(),
                request.category(), confers == null ? null : confers.ladder(), confers == null ? null : confers.level(),
                request.prerequisites() == null ? List.of() : request.prerequisites().stream()
                        .map(p -> new NewProgram.RequiredLevel(p.ladder(), p.level())).toList(),
                request.eligibleTiers()));
        return ResponseEntity.created(URI.create("/api/v1/programs/" + program.id())).body(ProgramResponse.of(program));
    }

    @GetMapping("/{programId}")
    @Access(Permission.TRAINING_READ)
    public ProgramResponse get(@PathVariable UUID programId) {
        return ProgramResponse.of(catalogue.get(programId));
    }

    /** A page of the catalogue, by code. */
    @GetMapping
    @Access(Permission.TRAINING_READ)
    public Page<ProgramResponse> all(@RequestParam(defaultValue = "0") @Min(0) int page,
                                     @RequestParam(defaultValue = "20") @Min(1) @Max(200) int size) {
        return catalogue.page(page, size).map(ProgramResponse::of);
    }
}
