package org.cadretraining.reporting.ingest;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;
import org.cadretraining.events.CloudEventHeaders;
import org.cadretraining.events.EventType;
import org.cadretraining.events.EventTypes;
import org.cadretraining.platform.events.EventCodec;

/**
 * Reads the CloudEvents headers and payload of each record. A type this reader does not know is skipped (a newer
 * producer may add types); a known type that cannot be read is poison, tagged with its reason for the dead-letter
 * topic rather than stopping the stream.
 */
public class FactParser implements FixedKeyProcessor<String, byte[], Fact> {
    public static final String EXCEPTION_HEADER = "x-exception-message";
    private FixedKeyProcessorContext<String, Fact> context;

    @Override
    public void init(FixedKeyProcessorContext<String, Fact> context) {
        this.context = context;
    }

    @Override
    public void process(FixedKeyRecord<String, byte[]> record) {
        Fact fact = parse(context.recordMetadata().map(m -> m.topic()).orElse(null), record.headers(), record.value());
        if (fact.isPoison()) {
            Headers headers = record.headers();
            headers.remove(EXCEPTION_HEADER);
            headers.add(EXCEPTION_HEADER, fact.poisonReason().getBytes(StandardCharsets.UTF_8));
            context.forward(record.withValue(fact).withHeaders(headers));
        } else if (fact.isEvent()) {
            context.forward(record.withValue(fact));
        }
    }

    static Fact parse(String topic, Headers headers, byte[] value) {
        String id = header(headers, CloudEventHeaders.ID);
        String ceType = header(headers, CloudEventHeaders.TYPE);
        if (id == null || ceType == null) {
            return Fact.poison("missing ce_id or ce_type header", value);
        }
        // Only a topic's owner writes to it: a record naming another source is forged or misrouted.
        String source = header(headers, CloudEventHeaders.SOURCE);
        java.util.Optional<org.cadretraining.events.Topic> owned = topic == null
                ? EventTypes.byCeType(ceType).map(EventType::topic) : org.cadretraining.events.Topics.named(topic);
        if (owned.isPresent() && !owned.get().source().equals(source)) {
            return Fact.poison(ceType + " names ce_source " + source + ", but only " + owned.get().source() + " writes to "
                    + owned.get().name(), value);
        }
        Optional<EventType<?>> type = EventTypes.byCeType(ceType);
        if (type.isEmpty()) {
            return Fact.skipped();
        }
        if (value == null) {
            return Fact.poison("empty payload for " + ceType, null);
        }
        try {
            return Fact.event(id, type.get(), EventCodec.fromJson(value, type.get().payloadType()));
        } catch (RuntimeException e) {
            return Fact.poison("unreadable " + ceType + " payload: " + e.getMessage(), value);
        }
    }

    private static String header(Headers headers, String name) {
        Header header = headers.lastHeader(name);
        return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
