package org.cadretraining.registry.cadres.web;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.cadretraining.events.vocabulary.CadreStatus;
import org.cadretraining.events.vocabulary.CivilServiceRank;
import org.cadretraining.events.vocabulary.Committee;
import org.cadretraining.events.vocabulary.CommitteeMembership;
import org.cadretraining.events.vocabulary.Gender;
import org.cadretraining.events.vocabulary.Ladder;
import org.cadretraining.events.vocabulary.ManagementTier;
import org.cadretraining.events.vocabulary.QualificationLevels;
import org.cadretraining.events.vocabulary.QualificationSource;
import org.cadretraining.platform.events.EventCodec;
import org.cadretraining.platform.security.Access;
import org.cadretraining.platform.security.Permission;
import org.cadretraining.registry.audit.AuditEntry;
import org.cadretraining.registry.cadres.Cadre;
import org.cadretraining.registry.cadres.CadreMovements;
import org.cadretraining.registry.cadres.CadrePage;
import org.cadretraining.registry.cadres.CadreRegistration;
import org.cadretraining.registry.cadres.CadreRegistration.RegisteredCadre;
import org.cadretraining.platform.web.DomainProblem;
import org.cadretraining.registry.cadres.CadreSearch;
import org.cadretraining.registry.cadres.Ethnicity;
import org.cadretraining.registry.cadres.NewCadre;
import org.cadretraining.registry.cadres.PersonalRecords;
import org.cadretraining.registry.cadres.PersonalRecords.Disclosed;
import org.cadretraining.registry.cadres.SensitiveFields;
import org.cadretraining.registry.web.PersonalDataRead;
import org.cadretraining.registry.qualifications.ManualRecording;
import org.cadretraining.registry.qualifications.QualificationRecord;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/**
 * The register of cadres. Writes need {@link Permission#REGISTER_WRITE} on the cadre's unit(s), reads
 * {@link Permission#PERSON_READ} (a directory card also {@link Permission#TRAINING_READ} in the cadre's province),
 * checked by the use cases once the unit is known; reads are logged, and the sensitive
 * fields are masked unless the caller holds {@link Permission#SENSITIVE_READ} there.
 */
@RestController
@RequestMapping("/api/v1/cadres")
public class CadreController {
    private final CadreRegistration registration;
    private final CadreMovements movements;
    private final ManualRecording manual;
    private final PersonalRecords records;

    public CadreController(CadreRegistration registration, CadreMovements movements, ManualRecording manual,
                           PersonalRecords records) {
        this.registration = registration;
        this.movements = movements;
        this.manual = manual;
        this.records = records;
    }

    /** More than a lifetime's degrees and courses on three ladders: a register entry holds a few. */
    static final int MAX_QUALIFICATIONS = 50;
    /** One membership per committee (provincial, district) and term. */
    static final int MAX_COMMITTEES = 10;

    /** {@code awardedOn}: the day the qualification was conferred, where known (history loaded late). */
    public record QualificationInput(@NotNull Ladder ladder, @NotBlank @Size(max = 40) String level, @Size(max = 200) String fieldOfStudy,
                                     @Size(max = 200) String institution, Integer year, LocalDate awardedOn) {
        NewCadre.NewQualification toNew() {
            return new NewCadre.NewQualification(ladder, level, fieldOfStudy, institution, year, awardedOn);
        }
    }

    public record RegisterCadreRequest(
            @NotBlank @Size(max = 12) @Pattern(regexp = "\\d{12}", message = "must be exactly 12 digits") String nationalId,
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
            @Size(max = MAX_QUALIFICATIONS) List<@Valid QualificationInput> qualifications,
            @Size(max = MAX_COMMITTEES) List<@NotNull CommitteeMembership> committeeMemberships,
            LocalDate servingSince) {
    }

    /** The whole profile, as PUT replaces it; the unit changes by transfer and the status by departure. */
    public record UpdateCadreRequest(
            @NotBlank @Size(max = 12) @Pattern(regexp = "\\d{12}", message = "must be exactly 12 digits") String nationalId,
            @NotBlank @Size(max = 120) String fullName,
            @NotNull @Past LocalDate birthDate,
            @NotNull Gender gender,
            @NotNull Ethnicity ethnicity,
            UUID unitId,
            @Size(max = 200) String position,
            CivilServiceRank rank,
            ManagementTier managementTier,
            Boolean partyMember,
            LocalDate partyJoinDate,
            @Size(max = MAX_COMMITTEES) List<@NotNull CommitteeMembership> committeeMemberships) {
    }

    public record TransferRequest(@NotNull UUID toUnitId, LocalDate effectiveDate, @Size(max = 500) String reason) {
    }

    public record DepartureRequest(@NotNull CadreStatus status, @NotNull LocalDate effectiveDate, @Size(max = 500) String reason) {
    }

    public record CadreSummary(UUID cadreId, String fullName, LocalDate birthDate, Gender gender, UUID unitId,
                               String position, CivilServiceRank rank, ManagementTier managementTier, CadreStatus status) {
        static CadreSummary of(Cadre c) {
            return new CadreSummary(c.id(), c.fullName(), c.birthDate(), c.gender(), c.unitId(), c.position(), c.rank(),
                    c.managementTier(), c.status());
        }
    }

    public record SearchResult(List<CadreSummary> items, int page, int size, long totalItems, long totalPages) {
    }

    public record RecordedQualification(QualificationView record, QualificationLevels levels) {
    }

    /** One change; {@code masked} names the sensitive fields withheld from {@code before} and {@code after}. */
    public record HistoryEntry(long id, String action, String actingUser, Instant at, JsonNode before, JsonNode after,
                               List<String> masked) {
        static HistoryEntry of(AuditEntry e, boolean sensitiveShown) {
            JsonNode before = tree(e.before());
            JsonNode after = tree(e.after());
            if (sensitiveShown) {
                return new HistoryEntry(e.id(), e.action(), e.actingUser(), e.occurredAt(), before, after, List.of());
            }
            SensitiveFields.Masked b = SensitiveFields.mask(before);
            SensitiveFields.Masked a = SensitiveFields.mask(after);
            List<String> masked = SensitiveFields.ALL.stream()
                    .filter(f -> b.fields().contains(f) || a.fields().contains(f)).toList();
            return new HistoryEntry(e.id(), e.action(), e.actingUser(), e.occurredAt(), b.value(), a.value(), masked);
        }

        private static JsonNode tree(String json) {
            return json == null ? null : EventCodec.mapper().readTree(json);
        }
    }

    public record QualificationView(UUID recordId, Ladder ladder, String level, String fieldOfStudy, String institution,
                                    Integer year, QualificationSource source, String classId, LocalDate awardedOn) {
        static QualificationView of(QualificationRecord r) {
            return new QualificationView(r.id(), r.ladder(), r.level(), r.fieldOfStudy(), r.institution(), r.year(),
                    r.source(), r.classId(), r.awardedOn());
        }
    }

    /**
     * A cadre's whole record. {@code masked} names the sensitive fields withheld from this caller: a masked national
     * ID shows its last three digits, the other masked fields are null.
     */
    public record CadreResponse(UUID cadreId, String nationalId, String fullName, LocalDate birthDate, Gender gender,
                                Ethnicity ethnicity, boolean ethnicMinority, UUID unitId, String position,
                                CivilServiceRank rank, ManagementTier managementTier, Boolean partyMember,
                                LocalDate partyJoinDate, CadreStatus status, QualificationLevels levels,
                                List<QualificationView> qualifications, List<CommitteeMembership> committeeMemberships,
                                LocalDate departedOn, List<String> masked, LocalDate servingSince) {
        static CadreResponse of(Disclosed<RegisteredCadre> disclosed) {
            RegisteredCadre registered = disclosed.value();
            var c = registered.cadre();
            boolean shown = disclosed.sensitiveShown();
            return new CadreResponse(c.id(), shown ? c.nationalId() : SensitiveFields.maskNationalId(c.nationalId()),
                    c.fullName(), c.birthDate(), c.gender(), shown ? c.ethnicity() : null,
                    c.ethnicity().isMinority(), c.unitId(), c.position(), c.rank(), c.managementTier(),
                    shown ? c.partyMember() : null, shown ? c.partyJoinDate() : null, c.status(),
                    registered.history().currentLevels(),
                    registered.history().records().stream().map(QualificationView::of).toList(),
                    c.committeeMemberships(), c.departedOn(), shown ? List.of() : SensitiveFields.ALL, c.servingSince());
        }
    }

    /** The record as it stands after a change, masked as this caller's grants say. */
    private CadreResponse respond(RegisteredCadre registered) {
        return CadreResponse.of(new Disclosed<>(registered, records.showsSensitive(registered.cadre())));
    }

    @PostMapping
    @Access(Permission.REGISTER_WRITE)
    public ResponseEntity<CadreResponse> register(@Valid @RequestBody RegisterCadreRequest request) {
        List<NewCadre.NewQualification> qualifications = request.qualifications() == null ? List.of()
                : request.qualifications().stream().map(QualificationInput::toNew).toList();
        RegisteredCadre registered = registration.register(new NewCadre(request.nationalId(), request.fullName(),
                request.birthDate(), request.gender(), request.ethnicity(), request.unitId(), request.position(),
                request.rank(), request.managementTier(), Boolean.TRUE.equals(request.partyMember()), request.partyJoinDate(),
                qualifications, request.committeeMemberships(), request.servingSince()));
        return ResponseEntity.created(URI.create("/api/v1/cadres/" + registered.cadre().id())).body(respond(registered));
    }

    /** Cards asked at once: a page of a roster, a waitlist or a plan is far fewer. */
    static final int MAX_CARDS = 200;

    /** A directory card: a cadre's name, unit, position and status, for rosters and lists; nothing sensitive. */
    public record CadreCard(UUID cadreId, String fullName, UUID unitId, String position, CadreStatus status) {
        static CadreCard of(PersonalRecords.Card c) {
            return new CadreCard(c.cadreId(), c.fullName(), c.unitId(), c.position(), c.status());
        }
    }

    /**
     * The directory cards of these cadres (comma-separated ids, at most {@value #MAX_CARDS}), in the order asked.
     * A card is read with {@link Permission#PERSON_READ} on the cadre's unit, or with {@link Permission#TRAINING_READ}
     * on any unit of the cadre's province (the training staff and the provider see cadres from the whole province on
     * their rosters). <b>Cards the caller may not read, and unknown ids, are left out</b>, not refused: the batch is
     * not a 403 for one card out of reach; each card read, and each left out for want of a grant, is in the access log.
     */
    @GetMapping("/cards")
    @Access({Permission.PERSON_READ, Permission.TRAINING_READ})
    @PersonalDataRead(PersonalRecords.READ_CARDS)
    public List<CadreCard> cards(@RequestParam @Size(max = MAX_CARDS) List<UUID> ids) {
        return records.cards(ids.stream().filter(Objects::nonNull).toList()).stream().map(CadreCard::of).toList();
    }

    @GetMapping("/{cadreId}")
    @Access(Permission.PERSON_READ)
    @PersonalDataRead(PersonalRecords.READ_PROFILE)
    public CadreResponse get(@PathVariable UUID cadreId) {
        return CadreResponse.of(records.profile(cadreId));
    }

    @PutMapping("/{cadreId}")
    @Access(Permission.REGISTER_WRITE)
    public CadreResponse update(@PathVariable UUID cadreId, @Valid @RequestBody UpdateCadreRequest request) {
        return respond(registration.update(cadreId, new NewCadre(request.nationalId(), request.fullName(),
                request.birthDate(), request.gender(), request.ethnicity(), request.unitId(), request.position(),
                request.rank(), request.managementTier(), Boolean.TRUE.equals(request.partyMember()),
                request.partyJoinDate(), List.of(), request.committeeMemberships())));
    }

    /**
     * Search with paging, among the cadres the caller's grants let them read; {@code q} matches the name with or
     * without diacritics; {@code ladder}+{@code level} (+{@code levelMatch}) the level reached on a ladder;
     * {@code committee} those sitting on it in {@code committeeYear} (this year by default).
     */
    @GetMapping
    @Access(Permission.PERSON_READ)
    @PersonalDataRead(PersonalRecords.SEARCH_CADRES)
    public SearchResult search(@RequestParam(required = false) UUID unitId,
                               @RequestParam(defaultValue = "false") boolean includeSubunits,
                               @RequestParam(required = false) ManagementTier tier,
                               @RequestParam(required = false) CadreStatus status,
                               @RequestParam(required = false) @Size(max = 120) String q,
                               @RequestParam(required = false) Ladder ladder,
                               @RequestParam(required = false) @Size(max = 40) String level,
                               @RequestParam(defaultValue = "EXACT") CadreSearch.LevelMatch levelMatch,
                               @RequestParam(required = false) Committee committee,
                               @RequestParam(required = false) @Min(1945) @Max(2100) Integer committeeYear,
                               @RequestParam(defaultValue = "0") @Min(0) int page,
                               @RequestParam(defaultValue = "20") @Min(1) @Max(200) int size) {
        if ((ladder == null) != (level == null)) {
            throw DomainProblem.invalidField(ladder == null ? "ladder" : "level", "a level is searched on a ladder: give both ladder and level");
        }
        if (ladder != null && !ladder.hasLevel(level)) {
            throw DomainProblem.invalidField("level", "is not a level of " + ladder + "; expected one of " + ladder.levels());
        }
        int year = committeeYear != null ? committeeYear : LocalDate.now().getYear();
        CadrePage found = records.search(new CadreSearch(unitId, includeSubunits, tier, status, q, ladder, level, levelMatch,
                committee, year), page, size);
        return new SearchResult(found.items().stream().map(CadreSummary::of).toList(), page, size, found.total(),
                (found.total() + size - 1) / size);
    }

    /** Điều động: publishes {@code CadreTransferred}. */
    @PostMapping("/{cadreId}/transfer")
    @Access(Permission.REGISTER_WRITE)
    public CadreResponse transfer(@PathVariable UUID cadreId, @Valid @RequestBody TransferRequest request) {
        movements.transfer(cadreId, request.toUnitId(),
                request.effectiveDate() == null ? LocalDate.now() : request.effectiveDate(), request.reason());
        return respond(registration.get(cadreId));
    }

    /** Retirement or leaving: publishes {@code CadreDeparted}. */
    @PostMapping("/{cadreId}/departure")
    @Access(Permission.REGISTER_WRITE)
    public CadreResponse depart(@PathVariable UUID cadreId, @Valid @RequestBody DepartureRequest request) {
        movements.depart(cadreId, request.status(), request.effectiveDate(), request.reason());
        return respond(registration.get(cadreId));
    }

    @PostMapping("/{cadreId}/qualifications")
    @Access(Permission.REGISTER_WRITE)
    public ResponseEntity<RecordedQualification> addQualification(@PathVariable UUID cadreId,
                                                                  @Valid @RequestBody QualificationInput request) {
        ManualRecording.Recorded recorded = manual.record(cadreId, request.toNew());
        return ResponseEntity.created(URI.create("/api/v1/cadres/" + cadreId))
                .body(new RecordedQualification(QualificationView.of(recorded.record()), recorded.history().currentLevels()));
    }

    /** The audit trail: who changed what, when, with the values before and after. */
    @GetMapping("/{cadreId}/history")
    @Access(Permission.PERSON_READ)
    @PersonalDataRead(PersonalRecords.READ_HISTORY)
    public List<HistoryEntry> history(@PathVariable UUID cadreId) {
        Disclosed<List<AuditEntry>> history = records.history(cadreId);
        return history.value().stream().map(e -> HistoryEntry.of(e, history.sensitiveShown())).toList();
    }
}
