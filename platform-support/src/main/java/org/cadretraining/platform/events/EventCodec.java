package org.cadretraining.platform.events;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.cadretraining.events.vocabulary.UnknownValues;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.cfg.DateTimeFeature;
import tools.jackson.databind.deser.DeserializationProblemHandler;
import tools.jackson.databind.json.JsonMapper;

/**
 * Turns event payloads into JSON and back. Readers are tolerant: a field added by a later, additive version of a
 * schema is ignored, and a value added to an enumeration reads as {@link UnknownValues} says, never an error.
 */
public final class EventCodec {
    /** The per-read attribute under which a read collects the unknown values it met. */
    private static final Object UNRECOGNISED = new Object();

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(DateTimeFeature.WRITE_DATES_AS_TIMESTAMPS)
            .addHandler(new UnknownValueHandler())
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

    /** Reads a payload and says which enumerated values in it this version did not know, and so read as it did. */
    public static <T> Reading<T> read(byte[] json, Class<T> type) {
        List<Unrecognised> unrecognised = new ArrayList<>();
        T payload = MAPPER.readerFor(type).withAttribute(UNRECOGNISED, unrecognised).readValue(json);
        return new Reading<>(payload, List.copyOf(unrecognised));
    }

    public static JsonMapper mapper() {
        return MAPPER;
    }

    /** A payload as read, with the values in it that this version of the contract does not know. */
    public record Reading<T>(T payload, List<Unrecognised> unrecognised) {
    }

    /** A value an enumeration of this version does not have, at a JSON pointer into the payload. */
    public record Unrecognised(String pointer, String value) {
        @Override
        public String toString() {
            return pointer + "=" + value;
        }
    }

    /** Reads an unknown enumerated value as {@link UnknownValues#readAs} says, and notes it for the read. */
    private static final class UnknownValueHandler extends DeserializationProblemHandler {
        @Override
        public Object handleWeirdStringValue(DeserializationContext ctxt, Class<?> targetType, String valueToConvert,
                                             String failureMsg) {
            if (!targetType.isEnum()) {
                return NOT_HANDLED;
            }
            if (ctxt.getAttribute(UNRECOGNISED) instanceof List<?> seen) {
                @SuppressWarnings("unchecked")
                List<Unrecognised> noted = (List<Unrecognised>) seen;
                noted.add(new Unrecognised(ctxt.getParser().streamReadContext().pathAsPointer().toString(), valueToConvert));
            }
            return UnknownValues.readAs(targetType);
        }
    }
}
