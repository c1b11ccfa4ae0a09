package org.cadretraining.registry.events;

import java.time.Instant;
import java.util.UUID;

import org.cadretraining.events.EventType;
import org.cadretraining.platform.events.EventCodec;
import org.cadretraining.platform.observability.EventTracing;
import org.cadretraining.platform.outbox.OutboxRelay;
import org.cadretraining.platform.security.Actor;
import org.cadretraining.registry.jdbc.BulkCopy;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Appends many events to the platform's outbox table with COPY, in the caller's transaction, with exactly the
 * rows {@code Outbox.append} writes, the actor ({@code ce_actor}) among them. An import of 50,000 cadres writes some
 * 158,000 events: one statement each took most of a minute, JDBC batches of INSERTs several seconds. The relay sends
 * them as it sends any other outbox row.
 * <p>
 * Belongs in platform-support as {@code Outbox.appendAll}; until then it lives here and follows that table's layout.
 */
@Component
public class OutboxBatch {
    private final BulkCopy copy;
    private final OutboxRelay relay;
    private final EventTracing tracing;

    public OutboxBatch(BulkCopy copy, OutboxRelay relay, EventTracing tracing) {
        this.copy = copy;
        this.relay = relay;
        this.tracing = tracing;
    }

    /** Events gathered for one batch, in the order they will be sent. */
    public final class Events {
        private final BulkCopy.Rows rows = copy.into("outbox_event", "event_id", "topic", "message_key", "event_type",
                "subject", "occurred_at", "payload", "actor", "traceparent", "tracestate");
        /** The request's trace, as {@code Outbox.append} keeps it. */
        private final EventTracing.Carried trace = tracing.current();

        public <T> Events add(EventType<T> type, String key, T payload) {
            rows.add(UUID.randomUUID(), type.topic().name(), key, type.ceType(), key, Instant.now(),
                    EventCodec.toPublishedText(payload), Actor.current(), trace.traceparent(), trace.tracestate());
            return this;
        }

        /** Writes the gathered events; must run inside the business transaction. */
        public void append() {
            if (rows.size() == 0) {
                return;
            }
            if (!TransactionSynchronizationManager.isActualTransactionActive()) {
                throw new IllegalStateException("An outbox append must share the business transaction");
            }
            // COPY takes the rows in the order gathered, and the position column's sequence numbers them in that
            // order: the relay, which sends by position, sends them in it.
            rows.write();
            if (TransactionSynchronizationManager.isSynchronizationActive()) {
                TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                    @Override
                    public void afterCommit() {
                        relay.wakeUp();
                    }
                });
            }
        }
    }

    public Events events() {
        return new Events();
    }
}
