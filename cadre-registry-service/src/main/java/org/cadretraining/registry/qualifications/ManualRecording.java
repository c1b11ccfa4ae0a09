package org.cadretraining.registry.qualifications;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.cadretraining.events.vocabulary.QualificationSource;
import org.cadretraining.platform.security.AccessPolicy;
import org.cadretraining.platform.security.Permission;
import org.cadretraining.platform.web.InvalidRequest;
import org.cadretraining.platform.web.ProblemHandling.FieldProblem;
import org.cadretraining.registry.audit.AuditTrail;
import org.cadretraining.registry.cadres.Cadre;
import org.cadretraining.registry.cadres.CadreRegistration;
import org.cadretraining.registry.cadres.CadreRules;
import org.cadretraining.registry.cadres.Cadres;
import org.cadretraining.registry.cadres.NewCadre;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A qualification an official enters by hand (a degree earned outside the platform's classes), with the day it was
 * awarded where known (history loaded late); it needs {@link Permission#REGISTER_WRITE} on the cadre's unit.
 */
@Service
public class ManualRecording {
    private final Cadres cadres;
    private final QualificationRepository qualifications;
    private final CadreRegistration registration;
    private final AuditTrail audit;
    private final AccessPolicy access;
    private final Clock clock;

    ManualRecording(Cadres cadres, QualificationRepository qualifications, CadreRegistration registration, AuditTrail audit,
                    AccessPolicy access, Clock clock) {
        this.cadres = cadres;
        this.qualifications = qualifications;
        this.registration = registration;
        this.audit = audit;
        this.access = access;
        this.clock = clock;
    }

    public record Recorded(QualificationRecord record, QualificationHistory history) {
    }

    @Transactional
    public Recorded record(UUID cadreId, NewCadre.NewQualification q) {
        Cadre cadre = cadres.lock(cadreId);
        access.require(Permission.REGISTER_WRITE, cadre.unitId().toString());
        List<FieldProblem> problems = CadreRules.qualificationProblems(List.of(q), cadre.birthDate(), LocalDate.now(clock))
                .stream().map(p -> new FieldProblem(p.field().replace("qualifications[0].", ""), p.reason())).toList();
        if (!problems.isEmpty()) {
            throw new InvalidRequest(problems);
        }
        Instant now = clock.instant();
        QualificationRecord record = new QualificationRecord(UUID.randomUUID(), cadreId, q.ladder(), q.level(),
                q.fieldOfStudy(), q.institution(), q.yearHeld(),
                QualificationSource.MANUAL, null, null, now, q.awardedOn());
        qualifications.insert(record);
        QualificationHistory history = qualifications.historyOf(cadreId);
        audit.record(AuditTrail.CADRE, cadreId, "QUALIFICATION_RECORDED", null, record);
        registration.publishRecords(List.of(record), history, now);
        return new Recorded(record, history);
    }
}
