package org.cadretraining.events;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.cadretraining.events.enrollment.CadreEnrolled;
import org.cadretraining.events.enrollment.ClassScheduled;
import org.cadretraining.events.enrollment.CourseGraduated;
import org.cadretraining.events.registry.CadreQualificationRecorded;
import org.cadretraining.events.registry.CadreRegistered;
import org.cadretraining.events.registry.CadreTransferred;
import org.cadretraining.events.registry.UnitCreated;

/** Every published event type: its stable name, version, payload record and topic. */
public final class EventTypes {
    private static final String REGISTRY = "org.cadretraining.registry.";
    private static final String ENROLLMENT = "org.cadretraining.enrollment.";

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

    private static final List<EventType<?>> ALL = List.of(UNIT_CREATED, CADRE_REGISTERED, CADRE_TRANSFERRED,
            CADRE_QUALIFICATION_RECORDED, CLASS_SCHEDULED, CADRE_ENROLLED, COURSE_GRADUATED);

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
