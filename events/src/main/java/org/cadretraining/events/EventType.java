package org.cadretraining.events;

import java.util.Objects;

/**
 * A stable logical event type: never a Java class name on the wire.
 *
 * @param name        e.g. {@code org.cadretraining.enrollment.CadreEnrolled}
 * @param version     the schema version; a breaking change is a new version, not an edit
 * @param payloadType the record the payload maps to
 * @param topic       the topic the event travels on
 */
public record EventType<T>(String name, int version, Class<T> payloadType, Topic topic) {
    public EventType {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(payloadType, "payloadType");
        Objects.requireNonNull(topic, "topic");
        if (version < 1) {
            throw new IllegalArgumentException("version must be positive");
        }
    }

    /** The CloudEvents {@code type} attribute: {@code name.vN}. */
    public String ceType() {
        return name + ".v" + version;
    }

    /** The CloudEvents {@code dataschema} attribute: the {@code $id} of the type's published JSON Schema. */
    public String dataSchema() {
        return dataSchemaOf(ceType());
    }

    /** {@link #dataSchema()} of the type named {@code ceType}. */
    public static String dataSchemaOf(String ceType) {
        return "https://cadretraining.org/schemas/" + ceType + ".json";
    }
}
