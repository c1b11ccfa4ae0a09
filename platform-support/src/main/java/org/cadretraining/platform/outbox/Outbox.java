package org.cadretraining.platform.outbox;

import java.time.Instant;
import java.util.UUID;

import org.cadretraining.events.EventType;
import org.cadretraining.platform.events.EventCodec;
import org.cadretraining.platform.observability.EventTracing;
import org.cadretraining.platform.security.Actor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Records an event in the same database transaction as the change it describes. The {@link OutboxRelay} sends it
 * after the commit; if the transaction rolls back, the event never existed.
 */
public class Outbox {
    private final JdbcClient jdbc;
    private final OutboxRelay relay;
    private final EventTracing tracing;

    public Outbox(JdbcClient jdbc, OutboxRelay relay) {
        this(jdbc, relay, EventTracing.NONE);
    }

    public Outbox(JdbcClient jdbc, OutboxRelay relay, EventTracing tracing) {
        this.jdbc = jdbc;
        this.relay = relay;
        this.tracing = tracing;
    }

    /** Appends an event keyed by {@code key}; returns its CloudEvents id. Must run inside a transaction. */
    public <T> UUID append(EventType<T> type, String key, T payload) {
        return insert(type, key, EventCodec.toPublishedText(payload));
    }

    /**
     * Appends a tombstone for {@code key} on the compacted topic of {@code type}: a record with no value, after which
     * compaction removes every earlier record of the key. Its headers still say the type, so that a reader knows
     * which snapshot ended. Must run inside a transaction.
     */
    public UUID appendTombstone(EventType<?> type, String key) {
        if (!type.topic().compacted()) {
            throw new IllegalArgumentException(type.topic().name() + " is not compacted: a tombstone there would remove nothing");
        }
        return insert(type, key, null);
    }

    private UUID insert(EventType<?> type, String key, String payload) {
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            throw new IllegalStateException("An outbox append must share the business transaction");
        }
        UUID id = UUID.randomUUID();
        // The request's trace, kept with the row: the relay sends it later from another thread, outside of it.
        EventTracing.Carried trace = tracing.current();
        jdbc.sql("""
                        INSERT INTO outbox_event (event_id, topic, message_key, event_type, subject, occurred_at, payload, actor,
                                                  traceparent, tracestate)
                        VALUES (:id, :topic, :key, :type, :subject, :occurredAt, :payload, :actor, :traceparent, :tracestate)""")
                .param("id", id)
                .param("topic", type.topic().name())
                .param("key", key)
                .param("type", type.ceType())
                .param("subject", key)
                .param("occurredAt", java.sql.Timestamp.from(Instant.now()))
                .param("payload", payload, java.sql.Types.VARCHAR)
                .param("actor", Actor.current())
                .param("traceparent", trace.traceparent())
                .param("tracestate", trace.tracestate())
                .update();
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    relay.wakeUp();
                }
            });
        }
        return id;
    }
}
