package org.cadretraining.platform.events;

import java.nio.charset.StandardCharsets;

import com.fasterxml.jackson.annotation.JsonInclude;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.cfg.DateTimeFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Turns event payloads into JSON and back. Readers are tolerant: a field added by a later, additive version of a
 * schema is ignored, never an error.
 */
public final class EventCodec {
    private static final JsonMapper MAPPER = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(DateTimeFeature.WRITE_DATES_AS_TIMESTAMPS)
            .build();
    /**
     * Published payloads leave out a field that has no value: the schemas type each field by its values and mark the
     * optional ones as not required, so {@code null} is never in the contract, and a reader that finds a field
     * missing reads it as null.
     */
    private static final JsonMapper PUBLISHED = MAPPER.rebuild()
            .changeDefaultPropertyInclusion(inclusion -> inclusion.withValueInclusion(JsonInclude.Include.NON_NULL))
            .build();

    private EventCodec() {
    }

    /** An event's payload as it is published on a topic of the contract. */
    public static String toPublishedText(Object payload) {
        return PUBLISHED.writeValueAsString(payload);
    }

    public static byte[] toJson(Object payload) {
        return MAPPER.writeValueAsBytes(payload);
    }

    public static String toJsonText(Object payload) {
        return new String(toJson(payload), StandardCharsets.UTF_8);
    }

    public static <T> T fromJson(byte[] json, Class<T> type) {
        return MAPPER.readValue(json, type);
    }

    public static JsonMapper mapper() {
        return MAPPER;
    }
}
