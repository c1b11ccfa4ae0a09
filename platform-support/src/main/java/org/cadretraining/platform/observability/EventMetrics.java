package org.cadretraining.platform.observability;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * {@value #APPLIED}: the events a consumer took off a topic, by consumer, topic, event type and outcome: {@code applied} (its
 * effect made), {@code duplicate} (its id already in the inbox: a redelivery changed nothing) or
 * {@code dead-lettered} (retries spent, sent to the dead-letter topic).
 */
public class EventMetrics {
    public static final String APPLIED = "cadre.events.applied";
    public static final String OUTCOME_APPLIED = "applied";
    public static final String OUTCOME_DUPLICATE = "duplicate";
    public static final String OUTCOME_DEAD_LETTERED = "dead-lettered";

    public static final EventMetrics NONE = new EventMetrics(null);

    private final MeterRegistry registry;

    public EventMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    public void count(String consumer, String topic, String ceType, String outcome) {
        if (registry == null) {
            return;
        }
        Counter.builder(APPLIED)
                .description("Events taken off a topic, by outcome")
                .tag("consumer", consumer == null ? "unknown" : consumer)
                .tag("topic", topic == null ? "unknown" : topic)
                .tag("type", shortType(ceType))
                .tag("outcome", outcome)
                .register(registry)
                .increment();
    }

    /**
     * {@code org.cadretraining.enrollment.CourseGraduated.v1} → {@code CourseGraduated}: the type's stable name, short
     * enough for a legend. An unreadable header is not echoed into a label (bounded cardinality).
     */
    static String shortType(String ceType) {
        if (ceType == null || ceType.length() > 200) {
            return "unknown";
        }
        String[] parts = ceType.split("\\.");
        for (int i = parts.length - 1; i >= 0; i--) {
            if (!parts[i].isEmpty() && Character.isUpperCase(parts[i].charAt(0))) {
                return parts[i].matches("[A-Za-z0-9]{1,80}") ? parts[i] : "unknown";
            }
        }
        return "unknown";
    }

}
