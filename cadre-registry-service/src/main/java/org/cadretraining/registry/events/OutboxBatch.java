package org.cadretraining.registry.events;

import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.cadretraining.events.EventType;
import org.cadretraining.platform.events.EventCodec;
import org.cadretraining.platform.outbox.OutboxRelay;
import org.cadretraining.platform.security.Actor;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Appends many events to the platform's outbox table in JDBC batches, in the caller's transaction, with exactly the
 * rows {@code Outbox.append} writes, the actor ({@code ce_actor}) among them. An import of 50,000 cadres writes some
 * 150,000 events: one statement each took most of a minute. The relay sends them as it sends any other outbox row.
 * <p>
 * Belongs in platform-support as {@code Outbox.appendAll}; until then it lives here and follows that table's layout.
 */
@Component
public class OutboxBatch {
    private final JdbcTemplate jdbc;
    private final OutboxRelay relay;

    public OutboxBatch(JdbcTemplate jdbc, OutboxRelay relay) {
        this.jdbc = jdbc;
        this.relay = relay;
    }

    /** Events gathered for one batch, in the order they will be sent. */
    public final class Events {
        private final List<Object[]> rows = new ArrayList<>();

        public <T> Events add(EventType<T> type, String key, T payload) {
            rows.add(new Object[]{UUID.randomUUID(), type.topic().name(), key, type.ceType(), key,
                    Timestamp.from(Instant.now()), EventCodec.toJsonText(payload), Actor.current()});
            return this;
        }

        /** Writes the gathered events; must run inside the business transaction. */
        public void append() {
            if (rows.isEmpty()) {
                return;
            }
            if (!TransactionSynchronizationManager.isActualTransactionActive()) {
                throw new IllegalStateException("An outbox append must share the business transaction");
            }
            jdbc.batchUpdate("""
                    INSERT INTO outbox_event (event_id, topic, message_key, event_type, subject, occurred_at, payload, actor)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?)""", rows, new int[]{Types.OTHER, Types.VARCHAR, Types.VARCHAR,
                    Types.VARCHAR, Types.VARCHAR, Types.TIMESTAMP, Types.VARCHAR, Types.VARCHAR});
            rows.clear();
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
