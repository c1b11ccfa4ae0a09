package org.cadretraining.platform.observability;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import io.micrometer.observation.transport.ReceiverContext;
import io.micrometer.tracing.Span;
import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.propagation.Propagator;
import org.springframework.messaging.Message;

/**
 * Carries a trace across the outbox and the broker. An outbox row is written in the request's transaction but sent
 * later, by the relay's thread, so the W3C trace context of the request is captured with the row ({@link #current()})
 * and sent as the record's {@code traceparent} (and {@code tracestate}) header; a consumer handles the record as a
 * child of that trace ({@link #continued}), so that its logs and its inbox row carry the request's trace id.
 * <p>
 * Without a tracer (tracing switched off) it captures nothing and handles messages as they come.
 */
public class EventTracing {
    public static final String TRACEPARENT = "traceparent";
    public static final String TRACESTATE = "tracestate";
    /** The observation a consumed event is handled in: its timer is {@code cadre.events.consumed}. */
    public static final String CONSUMED = "cadre.events.consumed";

    public static final EventTracing NONE = new EventTracing(null, null, ObservationRegistry.NOOP);

    /**
     * The consumer whose binding's listener thread this is. Each binding's records are handled on threads of its own
     * container, so it still names the consumer when the binder, on that thread, dead-letters a record whose retries
     * are spent ({@link DeadLetters}).
     */
    private static final ThreadLocal<String> CONSUMER_OF_THREAD = new ThreadLocal<>();

    private final Tracer tracer;
    private final Propagator propagator;
    private final ObservationRegistry observations;

    public EventTracing(Tracer tracer, Propagator propagator, ObservationRegistry observations) {
        this.tracer = tracer;
        this.propagator = propagator;
        this.observations = observations == null ? ObservationRegistry.NOOP : observations;
    }

    /** The trace context of the current span, as W3C headers; {@link Carried#NONE} outside of any. */
    public Carried current() {
        if (tracer == null || propagator == null) {
            return Carried.NONE;
        }
        Span span = tracer.currentSpan();
        if (span == null) {
            return Carried.NONE;
        }
        Map<String, String> headers = new HashMap<>();
        propagator.inject(span.context(), headers, Map::put);
        return new Carried(headers.get(TRACEPARENT), headers.get(TRACESTATE));
    }

    /** The current trace id, or null outside of any trace. */
    public String currentTraceId() {
        if (tracer == null) {
            return null;
        }
        Span span = tracer.currentSpan();
        return span == null ? null : span.context().traceId();
    }

    /**
     * {@code handler}, run for each message as a consumer span whose parent is the trace the message's
     * {@code traceparent} header names (a new trace when it names none). {@code name} is the consumer, as its
     * {@code consumer} tag.
     */
    public <T> Consumer<Message<T>> continued(String name, Consumer<Message<T>> handler) {
        return message -> {
            CONSUMER_OF_THREAD.set(name);
            ReceiverContext<Message<T>> context = new ReceiverContext<>(EventTracing::header);
            context.setCarrier(message);
            context.setRemoteServiceName("kafka");
            Observation.createNotStarted(CONSUMED, () -> context, observations)
                    .contextualName(name + " receive")
                    .lowCardinalityKeyValue("consumer", name)
                    .observe(() -> handler.accept(message));
        };
    }

    /** The consumer last run on this thread by {@link #continued}, or null. */
    static String consumerOfThisThread() {
        return CONSUMER_OF_THREAD.get();
    }

    private static String header(Message<?> message, String name) {
        Object value = message.getHeaders().get(name);
        if (value instanceof byte[] bytes) {
            return new String(bytes, StandardCharsets.UTF_8);
        }
        return value == null ? null : value.toString();
    }

    /** A W3C trace context to send with an event: {@code traceparent}, and {@code tracestate} when there is one. */
    public record Carried(String traceparent, String tracestate) {
        public static final Carried NONE = new Carried(null, null);
    }
}
