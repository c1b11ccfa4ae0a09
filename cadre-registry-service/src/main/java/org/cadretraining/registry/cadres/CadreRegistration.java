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
import org.cadretraining.platform.outbox.Outbox;
import org.cadretraining.platform.web.DomainProblem;
import org.cadretraining.platform.web.InvalidRequest;
import org.cadretraining.platform.web.ProblemHandling.FieldProblem;
import org.cadretraining.registry.qualifications.QualificationHistory;
import org.cadretraining.registry.qualifications.QualificationRecord;
import org.cadretraining.registry.qualifications.QualificationRepository;
import org.cadretraining.registry.units.UnitRepository;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Registers cadres with their qualifications; publishes {@code CadreRegistered} and one event per record. */
@Service
public class CadreRegistration {
    private final CadreRepository cadres;
    private final UnitRepository units;
    private final QualificationRepository qualifications;
    private final Outbox outbox;
    private final Clock clock;

    public CadreRegistration(CadreRepository cadres, UnitRepository units, QualificationRepository qualifications,
                             Outbox outbox) {
        this.cadres = cadres;
        this.units = units;
        this.qualifications = qualifications;
        this.outbox = outbox;
        this.clock = Clock.systemDefaultZone();
    }

    public record RegisteredCadre(Cadre cadre, QualificationHistory history) {
    }

    @Transactional
    public RegisteredCadre register(NewCadre request) {
        List<FieldProblem> problems = new ArrayList<>(CadreRules.problems(request, LocalDate.now(clock)));
        if (request.unitId() != null && units.find(request.unitId()).isEmpty()) {
            problems.add(new FieldProblem("unitId", "no unit with id " + request.unitId()));
        }
        if (!problems.isEmpty()) {
            throw new InvalidRequest(problems);
        }
        if (cadres.nationalIdTaken(request.nationalId())) {
            throw new DomainProblem(HttpStatus.CONFLICT, "duplicate-national-id", "National ID already registered",
                    "nationalId", "nationalId: another cadre is already registered with this national ID");
        }
        Cadre cadre = new Cadre(UUID.randomUUID(), request.nationalId(), request.fullName().strip(), request.birthDate(),
                request.gender(), request.ethnicity(), request.unitId(), request.position(), request.rank(),
                request.managementTier() == null ? ManagementTier.UNIT : request.managementTier(),
                request.partyMember(), request.partyJoinDate(), CadreStatus.ACTIVE);
        cadres.insert(cadre);

        Instant now = clock.instant();
        List<QualificationRecord> records = new ArrayList<>();
        for (NewCadre.NewQualification q : request.qualifications() == null ? List.<NewCadre.NewQualification>of() : request.qualifications()) {
            QualificationRecord record = new QualificationRecord(UUID.randomUUID(), cadre.id(), q.ladder(), q.level(),
                    q.fieldOfStudy(), q.institution(), q.year(), QualificationSource.MANUAL, null, null, now);
            qualifications.insert(record);
            records.add(record);
        }
        QualificationHistory history = new QualificationHistory(records);

        String key = cadre.id().toString();
        outbox.append(EventTypes.CADRE_REGISTERED, key, new CadreRegistered(key, cadre.unitId().toString(),
                cadre.fullName(), cadre.birthDate(), cadre.gender(), cadre.ethnicity().isMinority(), cadre.position(),
                cadre.rank(), cadre.managementTier(), cadre.status(), history.currentLevels(), now, List.of()));
        for (QualificationRecord record : records) {
            outbox.append(EventTypes.CADRE_QUALIFICATION_RECORDED, key, new CadreQualificationRecorded(key,
                    record.id().toString(), record.ladder(), record.level(), history.currentLevel(record.ladder()),
                    record.source(), record.fieldOfStudy(), record.institution(), record.year(), null, null, now));
        }
        return new RegisteredCadre(cadre, history);
    }

    @Transactional(readOnly = true)
    public RegisteredCadre get(UUID id) {
        Cadre cadre = cadres.find(id).orElseThrow(() -> DomainProblem.notFound("Cadre", id.toString()));
        return new RegisteredCadre(cadre, qualifications.historyOf(id));
    }
}
