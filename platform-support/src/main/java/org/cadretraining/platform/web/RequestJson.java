package org.cadretraining.platform.web;

import java.util.function.Consumer;

import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.DeserializationConfig;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.deser.ValueDeserializerModifier;
import tools.jackson.databind.deser.std.DelegatingDeserializer;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;

/**
 * The JSON that request bodies are read with: as the application's mapper is configured, and stricter where a lenient
 * reading would take a malformed request for a valid one.
 * <ul>
 *   <li>bounded nesting and number length ({@link PlatformWebProperties.Json}), refused by the parser;</li>
 *   <li>nothing after the value ({@code {…}}} or {@code {…} {…}} is not one request);</li>
 *   <li>dates and times only as the text the description gives ({@code "2025-12-31"}): Jackson would also read
 *       {@code []} as no date at all, and {@code 42} as a day of 1970.</li>
 * </ul>
 */
public final class RequestJson {
    private RequestJson() {
    }

    public static JsonMapper mapper(PlatformWebProperties.Json limits, Consumer<JsonMapper.Builder> applicationSettings) {
        JsonFactory parser = JsonFactory.builder().streamReadConstraints(StreamReadConstraints.builder()
                .maxNestingDepth(limits.maxNestingDepth())
                .maxNumberLength(limits.maxNumberLength())
                .build()).build();
        JsonMapper.Builder mapper = JsonMapper.builder(parser);
        applicationSettings.accept(mapper);
        SimpleModule dates = new SimpleModule("platform-request-dates");
        dates.setDeserializerModifier(new ValueDeserializerModifier() {
            @Override
            public ValueDeserializer<?> modifyDeserializer(DeserializationConfig config, BeanDescription.Supplier description,
                                                           ValueDeserializer<?> deserializer) {
                Class<?> type = description.getBeanClass();
                return type.getName().startsWith("java.time.") ? new TextOnly(deserializer, type) : deserializer;
            }
        });
        return mapper.addModule(dates).enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).build();
    }

    /** A date or time read only from a string (or null). */
    private static final class TextOnly extends DelegatingDeserializer {
        private final Class<?> type;

        TextOnly(ValueDeserializer<?> delegate, Class<?> type) {
            super(delegate);
            this.type = type;
        }

        @Override
        protected ValueDeserializer<?> newDelegatingInstance(ValueDeserializer<?> delegate) {
            return new TextOnly(delegate, type);
        }

        @Override
        public Object deserialize(JsonParser p, DeserializationContext ctxt) {
            if (!p.hasToken(JsonToken.VALUE_STRING) && !p.hasToken(JsonToken.VALUE_NULL)) {
                return ctxt.handleUnexpectedToken(type, p);
            }
            return super.deserialize(p, ctxt);
        }
    }
}
