package org.cadretraining.platform.inbox;

import java.util.function.Consumer;

import org.cadretraining.platform.events.ReceivedEvent;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Makes a consumer idempotent: the event's id is recorded in the same transaction as its effect, so a redelivered
 * event finds its id already there and changes nothing.
 */
public class Inbox {
    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;

    public Inbox(JdbcClient jdbc, TransactionTemplate transactions) {
        this.jdbc = jdbc;
        this.transactions = transactions;
    }

    /** Applies {@code effect} unless {@code consumer} already processed this event; returns whether it applied. */
    public boolean handleOnce(String consumer, ReceivedEvent event, Consumer<ReceivedEvent> effect) {
        Boolean applied = transactions.execute(status -> {
            int inserted = jdbc.sql("""
                            INSERT INTO processed_event (consumer, event_id, event_type) VALUES (:consumer, :id, :type)
                            ON CONFLICT DO NOTHING""")
                    .param("consumer", consumer).param("id", event.id()).param("type", event.type().ceType())
                    .update();
            if (inserted == 0) {
                return false;
            }
            effect.accept(event);
            return true;
        });
        return Boolean.TRUE.equals(applied);
    }
}
