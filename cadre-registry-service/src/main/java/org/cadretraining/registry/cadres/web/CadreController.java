package org.cadretraining.registry.cadres.web;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.cadretraining.events.vocabulary.CadreStatus;
import org.cadretraining.events.vocabulary.CivilServiceRank;
import org.cadretraining.events.vocabulary.Gender;
import org.cadretraining.events.vocabulary.Ladder;
import org.cadretraining.events.vocabulary.ManagementTier;
import org.cadretraining.events.vocabulary.QualificationLevels;
import org.cadretraining.events.vocabulary.QualificationSource;
import org.cadretraining.registry.cadres.CadreRegistration;
import org.cadretraining.registry.cadres.CadreRegistration.RegisteredCadre;
import org.cadretraining.registry.cadres.Ethnicity;
import org.cadretraining.registry.cadres.NewCadre;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/cadres")
public class CadreController {
    private final CadreRegistration registration;

    public CadreController(CadreRegistration registration) {
        this.registration = registration;
    }

    public record QualificationInput(@NotNull Ladder ladder, @NotBlank String level, @Size(max = 200) String fieldOfStudy,
                                     @Size(max = 200) String institution, Integer year) {
    }

    public record RegisterCadreRequest(
            @NotBlank @Pattern(regexp = "\\d{12}", message = "must be exactly 12 digits") String nationalId,
            @NotBlank @Size(max = 120) String fullName,
            @NotNull @Past LocalDate birthDate,
            @NotNull Gender gender,
            @NotNull Ethnicity ethnicity,
            @NotNull UUID unitId,
            @Size(max = 200) String position,
            CivilServiceRank rank,
            ManagementTier managementTier,
            Boolean partyMember,
            LocalDate partyJoinDate,
            List<@Valid QualificationInput> qualifications) {
    }

    public record QualificationView(UUID recordId, Ladder ladder, String level, String fieldOfStudy, String institution,
                                    Integer year, QualificationSource source, String classId) {
    }

    public record CadreResponse(UUID cadreId, String nationalId, String fullName, LocalDate birthDate, Gender gender,
                                Ethnicity ethnicity, boolean ethnicMinority, UUID unitId, String position,
                                CivilServiceRank rank, ManagementTier managementTier, boolean partyMember,
                                LocalDate partyJoinDate, CadreStatus status, QualificationLevels levels,
                                List<QualificationView> qualifications) {
        static CadreResponse of(RegisteredCadre registered) {
            var c = registered.cadre();
            return new CadreResponse(c.id(), c.nationalId(), c.fullName(), c.birthDate(), c.gender(), c.ethnicity(),
                    c.ethnicity().isMinority(), c.unitId(), c.position(), c.rank(), c.managementTier(), c.partyMember(),
                    c.partyJoinDate(), c.status(), registered.history().currentLevels(),
                    registered.history().records().stream().map(r -> new QualificationView(r.id(), r.ladder(), r.level(),
                            r.fieldOfStudy(), r.institution(), r.year(), r.source(), r.classId())).toList());
        }
    }

    @PostMapping
    public ResponseEntity<CadreResponse> register(@Valid @RequestBody RegisterCadreRequest request) {
        List<NewCadre.NewQualification> qualifications = request.qualifications() == null ? List.of()
                : request.qualifications().stream().map(q -> new NewCadre.NewQualification(q.ladder(), q.level(),
                        q.fieldOfStudy(), q.institution(), q.year())).toList();
        RegisteredCadre registered = registration.register(new NewCadre(request.nationalId(), request.fullName(),
                request.birthDate(), request.gender(), request.ethnicity(), request.unitId(), request.position(),
                request.rank(), request.managementTier(), Boolean.TRUE.equals(request.partyMember()), request.partyJoinDate(),
                qualifications));
        return ResponseEntity.created(URI.create("/api/v1/cadres/" + registered.cadre().id())).body(CadreResponse.of(registered));
    }

    @GetMapping("/{cadreId}")
    public CadreResponse get(@PathVariable UUID cadreId) {
        return CadreResponse.of(registration.get(cadreId));
    }
}
