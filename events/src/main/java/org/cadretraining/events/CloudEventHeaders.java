package org.cadretraining.events;

/**
 * CloudEvents 1.0 Kafka protocol binding, binary content mode: the attributes travel as {@code ce_} headers,
 * the JSON payload is the record value.
 */
public final class CloudEventHeaders {
    public static final String ID = "ce_id";
    public static final String TYPE = "ce_type";
    public static final String SOURCE = "ce_source";
    public static final String TIME = "ce_time";
    public static final String SUBJECT = "ce_subject";
    public static final String SPEC_VERSION = "ce_specversion";
    /** The URI of the payload's published JSON Schema: its {@code $id}, {@link EventType#dataSchema()}. */
    public static final String DATA_SCHEMA = "ce_dataschema";
    /** Extension attribute: who made the change (the token's subject), or the system actor that applied an event. */
    public static final String ACTOR = "ce_actor";
    public static final String CONTENT_TYPE = "content-type";
    public static final String SPEC_VERSION_VALUE = "1.0";
    public static final String JSON = "application/json";

    private CloudEventHeaders() {
    }
}
