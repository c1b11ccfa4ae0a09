package org.cadretraining.platform.outbox;

import java.time.Instant;
import java.util.UUID;

import org.cadretraining.events.EventType;
import org.cadretraining.platform.events.EventCodec;
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

    public Outbox(JdbcClient jdbc, OutboxRelay relay) {
        this.jdbc = jdbc;
        this.relay = relay;
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
        jdbc.sql("""
                        INSERT INTO outbox_event (event_id, topic, message_key, event_type, subject, occurred_at, payload, actor)
                        VALUES (:id, :topic, :key, :type, :subject, :occurredAt, :payload, :actor)""")
                .param("id", id)
                .param("topic", type.topic().name())
                .param("key", key)
                .param("type", type.ceType())
                .param("subject", key)
                .param("occurredAt", java.sql.Timestamp.from(Instant.now()))
                .param("payload", payload, java.sql.Types.VARCHAR)
                .param("actor", Actor.current())
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
