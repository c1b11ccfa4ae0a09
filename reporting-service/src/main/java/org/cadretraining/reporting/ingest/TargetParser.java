package org.cadretraining.reporting.ingest;

import java.nio.charset.StandardCharsets;

import org.apache.kafka.common.header.Headers;
import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;
import org.cadretraining.platform.events.EventCodec;
import org.cadretraining.reporting.views.Target;

/**
 * Reads a record of reporting.targets: a target definition, a tombstone (the target was withdrawn), or a poison record
 * that no reader can use, tagged with its reason for the dead-letter topic. A serde that failed on it instead would
 * stop the whole reference-data application: no unit and no target would reach the views any more.
 */
class TargetParser implements FixedKeyProcessor<String, byte[], TargetParser.Parsed> {
    private FixedKeyProcessorContext<String, Parsed> context;

    /** {@code target} null and no {@code poisonReason}: the target was withdrawn. */
    record Parsed(Target target, String poisonReason, byte[] raw) {
        boolean isPoison() {
            return poisonReason != null;
        }
    }

    @Override
    public void init(FixedKeyProcessorContext<String, Parsed> context) {
        this.context = context;
    }

    @Override
    public void process(FixedKeyRecord<String, byte[]> record) {
        Parsed parsed = parse(record.value());
        if (parsed.isPoison()) {
            Headers headers = record.headers();
            headers.remove(FactParser.EXCEPTION_HEADER);
            headers.add(FactParser.EXCEPTION_HEADER, parsed.poisonReason().getBytes(StandardCharsets.UTF_8));
            context.forward(record.withValue(parsed).withHeaders(headers));
        } else {
            context.forward(record.withValue(parsed));
        }
    }

    static Parsed parse(byte[] value) {
        if (value == null) {
            return new Parsed(null, null, null);
        }
        try {
            Target target = EventCodec.fromJson(value, Target.class);
            if (target == null || target.targetId() == null) {
                return new Parsed(null, "a target without a targetId", value);
            }
            return new Parsed(target, null, null);
        } catch (RuntimeException e) {
            return new Parsed(null, "unreadable target: " + e.getMessage(), value);
        }
    }
}
