package org.cadretraining.registry.agencyfeed;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.cadretraining.events.EventTypes;
import org.cadretraining.events.agency.CadreLinked;
import org.cadretraining.events.agency.CadreProfilePublished;
import org.cadretraining.events.agency.TrainingRecordPublished;
import org.cadretraining.events.agency.TrainingStatus;
import org.cadretraining.events.agency.UnitPublished;
import org.cadretraining.events.enrollment.CadreEnrolled;
import org.cadretraining.events.enrollment.CourseFailed;
import org.cadretraining.events.enrollment.CourseGraduated;
import org.cadretraining.events.enrollment.EnrollmentWithdrawn;
import org.cadretraining.events.registry.UnitClassified;
import org.cadretraining.events.registry.UnitClosed;
import org.cadretraining.events.registry.UnitCreated;
import org.cadretraining.events.registry.UnitDissolved;
import org.cadretraining.events.registry.UnitMoved;
import org.cadretraining.events.registry.UnitRenamed;
import org.cadretraining.events.registry.UnitSplit;
import org.cadretraining.events.registry.UnitsMerged;
import org.cadretraining.events.vocabulary.CadreStatus;
import org.cadretraining.events.vocabulary.CourseOutcome;
import org.cadretraining.platform.events.ReceivedEvent;
import org.cadretraining.platform.outbox.Outbox;
import org.cadretraining.registry.cadres.Cadre;
import org.cadretraining.registry.cadres.Cadres;
import org.cadretraining.registry.qualifications.Qualifications;
import org.cadretraining.registry.units.Unit;
import org.cadretraining.registry.units.Units;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Publishes the agency feed: after each change on the registry's own topics and on enrollment's, the minimised
 * snapshot of what changed, on the compacted agency topics, through the outbox. Units and cadres are read from the
 * register as they stand when the event is applied (the register is their truth, and a snapshot only needs the
 * latest); training records are folded from enrollment's events. A departure replaces the cadre's snapshot, link and
 * training records with tombstones. Runs in the inbox's transaction, so each event is published once.
 */
@Service
public class AgencyFeed {
    private static final Logger log = LoggerFactory.getLogger(AgencyFeed.class);
    private final Units units;
    private final Cadres cadres;
    private final Qualifications qualifications;
    private final AgencyFeedRepository training;
    private final Outbox outbox;
    private final Optional<LinkageKey> linkage;
    private final Clock clock;

    AgencyFeed(Units units, Cadres cadres, Qualifications qualifications, AgencyFeedRepository training, Outbox outbox,
               AgencyFeedProperties properties, Clock clock) {
        this.units = units;
        this.cadres = cadres;
        this.qualifications = qualifications;
        this.training = training;
        this.outbox = outbox;
        this.linkage = properties.key();
        this.clock = clock;
        if (linkage.isEmpty()) {
            log.warn("No platform.agency-feed.linkage-key: the linkage feed (linkage.cadres) stays empty");
        }
    }

    /** A unit changed: publishes the snapshot of every unit the event names. */
    public void unitChanged(ReceivedEvent event) {
        for (String unitId : unitsNamedBy(event.payload())) {
            units.find(UUID.fromString(unitId)).ifPresent(unit -> outbox.append(EventTypes.UNIT_PUBLISHED, unitId,
                    snapshot(unit, now())));
        }
    }

    /** A cadre changed: publishes their snapshot (and, once registered, their link), or the tombstones of a departure. */
    public void cadreChanged(ReceivedEvent event) {
        String cadreId = event.subject();
        Optional<Cadre> found = cadreId == null ? Optional.empty() : cadres.find(UUID.fromString(cadreId));
        if (found.isEmpty()) {
            return;
        }
        Cadre cadre = found.get();
        if (cadre.status() != CadreStatus.ACTIVE) {
            leave(cadreId);
            return;
        }
        Instant now = now();
        outbox.append(EventTypes.CADRE_PROFILE_PUBLISHED, cadreId, new CadreProfilePublished(cadreId,
                cadre.unitId().toString(), units.find(cadre.unitId()).map(Unit::officialCode).orElse(null),
                CadreProfilePublished.cohortOf(cadre.birthDate().getYear()), cadre.gender(), cadre.managementTier(),
                qualifications.historyOf(cadre.id()).currentLevels(), now));
        if (event.is(EventTypes.CADRE_REGISTERED)) {
            linkage.ifPresent(key -> outbox.append(EventTypes.CADRE_LINKED, cadreId,
                    new CadreLinked(cadreId, key.pseudonymOf(cadre.nationalId()), key.keyId(), now)));
        }
    }

    /** An enrollment changed: publishes its training record, unless the cadre has left the register's service. */
    public void trainingChanged(ReceivedEvent event) {
        Object payload = event.payload();
        String cadreId = cadreOf(payload);
        if (cadreId == null || cadres.find(UUID.fromString(cadreId)).filter(c -> c.status() == CadreStatus.ACTIVE).isEmpty()) {
            return;
        }
        Instant now = now();
        TrainingRecordPublished record = null;
        if (payload instanceof CadreEnrolled e) {
            record = new TrainingRecordPublished(e.enrollmentId(), e.cadreId(), e.classId(), e.programId(),
                    e.programCategory(), e.mode(), TrainingStatus.ENROLLED, e.startDate(), e.expectedEndDate(), null,
                    e.confers(), e.unitId(), officialCodeOf(e.unitId()), now);
        } else if (payload instanceof CourseGraduated e) {
            record = ended(training.training(e.enrollmentId()).orElseGet(() -> new TrainingRecordPublished(
                    e.enrollmentId(), e.cadreId(), e.classId(), e.programId(), e.programCategory(), e.mode(),
                    TrainingStatus.ENROLLED, null, null, null, e.confers(), null, null, now)), TrainingStatus.GRADUATED,
                    e.graduatedOn(), now);
        } else if (payload instanceof CourseFailed e) {
            // An outcome this version does not know ended the enrollment without a graduation all the same.
            TrainingStatus status = e.outcome() == CourseOutcome.DROPPED_OUT ? TrainingStatus.DROPPED_OUT : TrainingStatus.FAILED;
            record = training.training(e.enrollmentId()).map(known -> ended(known, status, e.endedOn(), now)).orElse(null);
        } else if (payload instanceof EnrollmentWithdrawn e) {
            record = training.training(e.enrollmentId())
                    .map(known -> ended(known, TrainingStatus.WITHDRAWN, e.withdrawnOn(), now)).orElse(null);
        }
        if (record != null) {
            training.save(record);
            outbox.append(EventTypes.TRAINING_RECORD_PUBLISHED, record.enrollmentId(), record);
        }
    }

    /** Whether {@link #trainingChanged} publishes anything for events of this kind. */
    public static boolean isTraining(ReceivedEvent event) {
        return event.is(EventTypes.CADRE_ENROLLED) || event.is(EventTypes.COURSE_GRADUATED)
                || event.is(EventTypes.COURSE_FAILED) || event.is(EventTypes.ENROLLMENT_WITHDRAWN);
    }

    private void leave(String cadreId) {
        outbox.appendTombstone(EventTypes.CADRE_PROFILE_PUBLISHED, cadreId);
        outbox.appendTombstone(EventTypes.CADRE_LINKED, cadreId);
        for (String enrollmentId : training.forget(cadreId)) {
            outbox.appendTombstone(EventTypes.TRAINING_RECORD_PUBLISHED, enrollmentId);
        }
    }

    private static TrainingRecordPublished ended(TrainingRecordPublished r, TrainingStatus status,
                                                 java.time.LocalDate on, Instant now) {
        return new TrainingRecordPublished(r.enrollmentId(), r.cadreId(), r.classId(), r.programId(), r.programCategory(),
                r.mode(), status, r.startDate(), r.expectedEndDate(), on, r.confers(), r.unitId(), r.unitOfficialCode(), now);
    }

    static UnitPublished snapshot(Unit unit, Instant now) {
        return new UnitPublished(unit.id().toString(), unit.officialCode(), unit.code(), unit.name(), unit.level(),
                unit.kind(), unit.parentId() == null ? null : unit.parentId().toString(), unit.validFrom(),
                unit.validTo(), now);
    }

    static List<String> unitsNamedBy(Object payload) {
        List<String> ids = new ArrayList<>();
        if (payload instanceof UnitCreated e) {
            ids.add(e.unitId());
        } else if (payload instanceof UnitRenamed e) {
            ids.add(e.unitId());
        } else if (payload instanceof UnitMoved e) {
            ids.add(e.unitId());
        } else if (payload instanceof UnitDissolved e) {
            ids.add(e.unitId());
        } else if (payload instanceof UnitClassified e) {
            ids.add(e.unitId());
        } else if (payload instanceof UnitClosed e) {
            ids.add(e.unitId());
            ids.addAll(e.successorUnitIds() == null ? List.of() : e.successorUnitIds());
        } else if (payload instanceof UnitsMerged e) {
            ids.add(e.successorUnitId());
            ids.addAll(e.predecessorUnitIds());
        } else if (payload instanceof UnitSplit e) {
            ids.add(e.predecessorUnitId());
            ids.addAll(e.successorUnitIds());
        }
        return ids;
    }

    private static String cadreOf(Object payload) {
        if (payload instanceof CadreEnrolled e) {
            return e.cadreId();
        } else if (payload instanceof CourseGraduated e) {
            return e.cadreId();
        } else if (payload instanceof CourseFailed e) {
            return e.cadreId();
        } else if (payload instanceof EnrollmentWithdrawn e) {
            return e.cadreId();
        }
        return null;
    }

    /** The official code of the unit, where the registry knows the unit and its code. */
    private String officialCodeOf(String unitId) {
        if (unitId == null) {
            return null;
        }
        try {
            return units.find(UUID.fromString(unitId)).map(Unit::officialCode).orElse(null);
        } catch (IllegalArgumentException e) {
            // Not one of the registry's ids: a unit the registry cannot name has no code to give.
            return null;
        }
    }

    private Instant now() {
        return clock.instant();
    }
}
