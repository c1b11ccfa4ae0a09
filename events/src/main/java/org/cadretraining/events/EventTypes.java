package org.cadretraining.events;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.cadretraining.events.agency.CadreLinked;
import org.cadretraining.events.agency.CadreProfilePublished;
import org.cadretraining.events.agency.TrainingRecordPublished;
import org.cadretraining.events.agency.UnitPublished;
import org.cadretraining.events.enrollment.CadreEnrolled;
import org.cadretraining.events.enrollment.ClassScheduled;
import org.cadretraining.events.enrollment.CourseGraduated;
import org.cadretraining.events.registry.CadreQualificationRecorded;
import org.cadretraining.events.registry.CadreRegistered;
import org.cadretraining.events.registry.CadreTransferred;
import org.cadretraining.events.registry.UnitCreated;
import org.cadretraining.events.registry.UnitRenamed;
import org.cadretraining.events.registry.UnitMoved;
import org.cadretraining.events.registry.UnitDissolved;
import org.cadretraining.events.registry.CadreProfileUpdated;
import org.cadretraining.events.registry.CadreDeparted;
import org.cadretraining.events.registry.CadrePlanned;
import org.cadretraining.events.registry.CadreUnplanned;
import org.cadretraining.events.registry.CadreRotated;
import org.cadretraining.events.enrollment.ClassOpened;
import org.cadretraining.events.enrollment.ClassStarted;
import org.cadretraining.events.enrollment.ClassCompleted;
import org.cadretraining.events.enrollment.ClassCancelled;
import org.cadretraining.events.enrollment.TrainingPlanApproved;
import org.cadretraining.events.enrollment.TrainingPlanRevised;
import org.cadretraining.events.enrollment.NominationReassigned;
import org.cadretraining.events.enrollment.CadreNominated;
import org.cadretraining.events.enrollment.NominationApproved;
import org.cadretraining.events.enrollment.NominationRejected;
import org.cadretraining.events.enrollment.CadreWaitlisted;
import org.cadretraining.events.enrollment.EnrollmentWithdrawn;
import org.cadretraining.events.enrollment.CourseFailed;
import org.cadretraining.events.registry.AccessGranted;
import org.cadretraining.events.registry.UnitClassified;
import org.cadretraining.events.registry.UnitClosed;
import org.cadretraining.events.registry.UnitSplit;
import org.cadretraining.events.registry.UnitsMerged;
import org.cadretraining.events.registry.AccessRevoked;

/** Every published event type: its stable name, version, payload record and topic. */
public final class EventTypes {
    private static final String REGISTRY = "org.cadretraining.registry.";
    private static final String ENROLLMENT = "org.cadretraining.enrollment.";
    private static final String AGENCY = "org.cadretraining.agency.";

    public static final EventType<UnitCreated> UNIT_CREATED =
            new EventType<>(REGISTRY + "UnitCreated", 1, UnitCreated.class, Topics.UNITS);
    public static final EventType<CadreRegistered> CADRE_REGISTERED =
            new EventType<>(REGISTRY + "CadreRegistered", 1, CadreRegistered.class, Topics.CADRES);
    public static final EventType<CadreTransferred> CADRE_TRANSFERRED =
            new EventType<>(REGISTRY + "CadreTransferred", 1, CadreTransferred.class, Topics.CADRES);
    public static final EventType<CadreQualificationRecorded> CADRE_QUALIFICATION_RECORDED =
            new EventType<>(REGISTRY + "CadreQualificationRecorded", 1, CadreQualificationRecorded.class, Topics.CADRES);
    public static final EventType<ClassScheduled> CLASS_SCHEDULED =
            new EventType<>(ENROLLMENT + "ClassScheduled", 1, ClassScheduled.class, Topics.CLASSES);
    public static final EventType<CadreEnrolled> CADRE_ENROLLED =
            new EventType<>(ENROLLMENT + "CadreEnrolled", 1, CadreEnrolled.class, Topics.ENROLLMENTS);
    public static final EventType<CourseGraduated> COURSE_GRADUATED =
            new EventType<>(ENROLLMENT + "CourseGraduated", 1, CourseGraduated.class, Topics.ENROLLMENTS);

    public static final EventType<UnitRenamed> UNIT_RENAMED =
            new EventType<>(REGISTRY + "UnitRenamed", 1, UnitRenamed.class, Topics.UNITS);
    public static final EventType<UnitMoved> UNIT_MOVED =
            new EventType<>(REGISTRY + "UnitMoved", 1, UnitMoved.class, Topics.UNITS);
    public static final EventType<UnitDissolved> UNIT_DISSOLVED =
            new EventType<>(REGISTRY + "UnitDissolved", 1, UnitDissolved.class, Topics.UNITS);
    public static final EventType<CadreProfileUpdated> CADRE_PROFILE_UPDATED =
            new EventType<>(REGISTRY + "CadreProfileUpdated", 1, CadreProfileUpdated.class, Topics.CADRES);
    public static final EventType<CadreDeparted> CADRE_DEPARTED =
            new EventType<>(REGISTRY + "CadreDeparted", 1, CadreDeparted.class, Topics.CADRES);
    public static final EventType<CadrePlanned> CADRE_PLANNED =
            new EventType<>(REGISTRY + "CadrePlanned", 1, CadrePlanned.class, Topics.CADRES);
    public static final EventType<CadreUnplanned> CADRE_UNPLANNED =
            new EventType<>(REGISTRY + "CadreUnplanned", 1, CadreUnplanned.class, Topics.CADRES);
    public static final EventType<CadreRotated> CADRE_ROTATED =
            new EventType<>(REGISTRY + "CadreRotated", 1, CadreRotated.class, Topics.CADRES);
    public static final EventType<ClassOpened> CLASS_OPENED =
            new EventType<>(ENROLLMENT + "ClassOpened", 1, ClassOpened.class, Topics.CLASSES);
    public static final EventType<ClassStarted> CLASS_STARTED =
            new EventType<>(ENROLLMENT + "ClassStarted", 1, ClassStarted.class, Topics.CLASSES);
    public static final EventType<ClassCompleted> CLASS_COMPLETED =
            new EventType<>(ENROLLMENT + "ClassCompleted", 1, ClassCompleted.class, Topics.CLASSES);
    public static final EventType<ClassCancelled> CLASS_CANCELLED =
            new EventType<>(ENROLLMENT + "ClassCancelled", 1, ClassCancelled.class, Topics.CLASSES);
    public static final EventType<TrainingPlanApproved> TRAINING_PLAN_APPROVED =
            new EventType<>(ENROLLMENT + "TrainingPlanApproved", 1, TrainingPlanApproved.class, Topics.PLANS);
    public static final EventType<CadreNominated> CADRE_NOMINATED =
            new EventType<>(ENROLLMENT + "CadreNominated", 1, CadreNominated.class, Topics.ENROLLMENTS);
    public static final EventType<NominationApproved> NOMINATION_APPROVED =
            new EventType<>(ENROLLMENT + "NominationApproved", 1, NominationApproved.class, Topics.ENROLLMENTS);
    public static final EventType<NominationRejected> NOMINATION_REJECTED =
            new EventType<>(ENROLLMENT + "NominationRejected", 1, NominationRejected.class, Topics.ENROLLMENTS);
    public static final EventType<CadreWaitlisted> CADRE_WAITLISTED =
            new EventType<>(ENROLLMENT + "CadreWaitlisted", 1, CadreWaitlisted.class, Topics.ENROLLMENTS);
    public static final EventType<EnrollmentWithdrawn> ENROLLMENT_WITHDRAWN =
            new EventType<>(ENROLLMENT + "EnrollmentWithdrawn", 1, EnrollmentWithdrawn.class, Topics.ENROLLMENTS);
    public static final EventType<CourseFailed> COURSE_FAILED =
            new EventType<>(ENROLLMENT + "CourseFailed", 1, CourseFailed.class, Topics.ENROLLMENTS);

    public static final EventType<AccessGranted> ACCESS_GRANTED =
            new EventType<>(REGISTRY + "AccessGranted", 1, AccessGranted.class, Topics.ACCESS_GRANTS);
    public static final EventType<AccessRevoked> ACCESS_REVOKED =
            new EventType<>(REGISTRY + "AccessRevoked", 1, AccessRevoked.class, Topics.ACCESS_GRANTS);

    public static final EventType<UnitClassified> UNIT_CLASSIFIED =
            new EventType<>(REGISTRY + "UnitClassified", 1, UnitClassified.class, Topics.UNITS);
    public static final EventType<UnitsMerged> UNITS_MERGED =
            new EventType<>(REGISTRY + "UnitsMerged", 1, UnitsMerged.class, Topics.UNITS);
    public static final EventType<UnitSplit> UNIT_SPLIT =
            new EventType<>(REGISTRY + "UnitSplit", 1, UnitSplit.class, Topics.UNITS);
    public static final EventType<UnitClosed> UNIT_CLOSED =
            new EventType<>(REGISTRY + "UnitClosed", 1, UnitClosed.class, Topics.UNITS);

    public static final EventType<TrainingPlanRevised> TRAINING_PLAN_REVISED =
            new EventType<>(ENROLLMENT + "TrainingPlanRevised", 1, TrainingPlanRevised.class, Topics.PLANS);
    public static final EventType<NominationReassigned> NOMINATION_REASSIGNED =
            new EventType<>(ENROLLMENT + "NominationReassigned", 1, NominationReassigned.class, Topics.ENROLLMENTS);

    public static final EventType<UnitPublished> UNIT_PUBLISHED =
            new EventType<>(AGENCY + "UnitPublished", 1, UnitPublished.class, Topics.AGENCY_UNITS);
    public static final EventType<CadreProfilePublished> CADRE_PROFILE_PUBLISHED =
            new EventType<>(AGENCY + "CadreProfilePublished", 1, CadreProfilePublished.class, Topics.AGENCY_CADRES);
    public static final EventType<TrainingRecordPublished> TRAINING_RECORD_PUBLISHED =
            new EventType<>(AGENCY + "TrainingRecordPublished", 1, TrainingRecordPublished.class, Topics.AGENCY_TRAINING);
    public static final EventType<CadreLinked> CADRE_LINKED =
            new EventType<>(AGENCY + "CadreLinked", 1, CadreLinked.class, Topics.LINKAGE_CADRES);

    private static final List<EventType<?>> ALL = List.of(UNIT_CREATED, CADRE_REGISTERED, CADRE_TRANSFERRED,
            CADRE_QUALIFICATION_RECORDED, CLASS_SCHEDULED, CADRE_ENROLLED, COURSE_GRADUATED,
            UNIT_RENAMED, UNIT_MOVED, UNIT_DISSOLVED, CADRE_PROFILE_UPDATED, CADRE_DEPARTED, CADRE_PLANNED, CADRE_UNPLANNED, CADRE_ROTATED,
            CLASS_OPENED, CLASS_STARTED, CLASS_COMPLETED, CLASS_CANCELLED, TRAINING_PLAN_APPROVED, CADRE_NOMINATED, NOMINATION_APPROVED, NOMINATION_REJECTED, CADRE_WAITLISTED, ENROLLMENT_WITHDRAWN, COURSE_FAILED,
            ACCESS_GRANTED, ACCESS_REVOKED, UNIT_CLASSIFIED, UNITS_MERGED, UNIT_SPLIT, UNIT_CLOSED,
            TRAINING_PLAN_REVISED, NOMINATION_REASSIGNED,
            UNIT_PUBLISHED, CADRE_PROFILE_PUBLISHED, TRAINING_RECORD_PUBLISHED, CADRE_LINKED);

    private static final Map<String, EventType<?>> BY_CE_TYPE =
            ALL.stream().collect(Collectors.toUnmodifiableMap(EventType::ceType, Function.identity()));

    private EventTypes() {
    }

    public static List<EventType<?>> all() {
        return ALL;
    }

    public static Optional<EventType<?>> byCeType(String ceType) {
        return Optional.ofNullable(ceType).map(BY_CE_TYPE::get);
    }

    @SuppressWarnings("unchecked")
    public static <T> EventType<T> forPayload(Class<T> payloadType) {
        return (EventType<T>) ALL.stream().filter(t -> t.payloadType().equals(payloadType)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No event type for " + payloadType.getName()));
    }
}
