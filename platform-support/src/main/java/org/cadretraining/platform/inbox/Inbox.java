package org.cadretraining.platform.inbox;

import java.util.function.Consumer;

import org.cadretraining.platform.events.ReceivedEvent;
import org.cadretraining.platform.observability.EventMetrics;
import org.cadretraining.platform.observability.EventTracing;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Makes a consumer idempotent: the event's id is recorded in the same transaction as its effect, so a redelivered
 * event finds its id already there and changes nothing.
 */
public class Inbox {
    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final EventTracing tracing;
    private final EventMetrics metrics;

    public Inbox(JdbcClient jdbc, TransactionTemplate transactions) {
        this(jdbc, transactions, EventTracing.NONE, EventMetrics.NONE);
    }

    public Inbox(JdbcClient jdbc, TransactionTemplate transactions, EventTracing tracing, EventMetrics metrics) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.tracing = tracing;
        this.metrics = metrics;
    }

    /** Applies {@code effect} unless {@code consumer} already processed this event; returns whether it applied. */
    public boolean handleOnce(String consumer, ReceivedEvent event, Consumer<ReceivedEvent> effect) {
        Boolean applied = transactions.execute(status -> {
            // The trace the event was handled in (the request's that wrote it, when it carried one): a change can be
            // followed from the request to every service that applied it.
            int inserted = jdbc.sql("""
                            INSERT INTO processed_event (consumer, event_id, event_type, trace_id)
                            VALUES (:consumer, :id, :type, :traceId)
                            ON CONFLICT DO NOTHING""")
                    .param("consumer", consumer).param("id", event.id()).param("type", event.type().ceType())
                    .param("traceId", tracing.currentTraceId())
                    .update();
            if (inserted == 0) {
                return false;
            }
            effect.accept(event);
            return true;
        });
        boolean done = Boolean.TRUE.equals(applied);
        metrics.count(consumer, event.type().topic().name(), event.type().ceType(),
                done ? EventMetrics.OUTCOME_APPLIED : EventMetrics.OUTCOME_DUPLICATE);
        return done;
    }
}
