package org.cadretraining.registry.qualifications;

import java.time.Instant;
import java.util.UUID;

import org.cadretraining.events.EventTypes;
import org.cadretraining.events.enrollment.CourseGraduated;
import org.cadretraining.events.registry.CadreQualificationRecorded;
import org.cadretraining.events.vocabulary.QualificationSource;
import org.cadretraining.platform.outbox.Outbox;
import org.cadretraining.registry.audit.AuditTrail;
import org.cadretraining.registry.cadres.Cadres;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A graduation raises the cadre's level by itself: no one types it in twice. */
@Service
public class GraduationRecording {
    private final Cadres cadres;
    private final QualificationRepository qualifications;
    private final Outbox outbox;
    private final AuditTrail audit;

    GraduationRecording(Cadres cadres, QualificationRepository qualifications, Outbox outbox,
                               AuditTrail audit) {
        this.cadres = cadres;
        this.qualifications = qualifications;
        this.outbox = outbox;
        this.audit = audit;
    }

    /** Records the level the course confers; returns false when there is nothing (more) to record. */
    @Transactional
    public boolean record(CourseGraduated graduation) {
        UUID cadreId = UUID.fromString(graduation.cadreId());
        if (cadres.find(cadreId).isEmpty()) {
            throw new UnknownCadreException("CourseGraduated " + graduation.enrollmentId() + " names cadre " + cadreId
                    + ", who is not on the register");
        }
        if (graduation.confers() == null || !graduation.confers().known()) {
            // Nothing conferred, or on a ladder a newer contract added and this version cannot place.
            return false;
        }
        QualificationHistory history = qualifications.historyOf(cadreId);
        if (history.hasGraduationFrom(graduation.enrollmentId())) {
            return false;
        }
        Instant now = Instant.now();
        QualificationRecord record = new QualificationRecord(UUID.randomUUID(), cadreId, graduation.confers().ladder(),
                graduation.confers().level(), null, null, graduation.graduatedOn().getYear(), QualificationSource.GRADUATION,
                graduation.classId(), graduation.enrollmentId(), now, graduation.graduatedOn());
        qualifications.insert(record);
        audit.record(AuditTrail.CADRE, cadreId, "QUALIFICATION_RECORDED", null, record);
        String current = qualifications.historyOf(cadreId).currentLevel(record.ladder());
        outbox.append(EventTypes.CADRE_QUALIFICATION_RECORDED, graduation.cadreId(), new CadreQualificationRecorded(
                graduation.cadreId(), record.id().toString(), record.ladder(), record.level(), current, record.source(),
                null, null, record.year(), record.classId(), record.enrollmentId(), now, record.awardedOn()));
        return true;
    }

    /** Retrying cannot help; the record goes to the dead-letter topic with this message as its reason. */
    public static class UnknownCadreException extends RuntimeException {
        public UnknownCadreException(String message) {
            super(message);
        }
    }
}
