package org.cadretraining.platform.outbox;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.cadretraining.events.CloudEventHeaders;
import org.cadretraining.events.EventType;
import org.cadretraining.platform.observability.EventTracing;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.KafkaTemplate;

/**
 * Sends committed outbox events to Kafka, in commit order, and marks them published only once the broker has
 * acknowledged them. A crash between the send and the mark sends the batch again: delivery is at least once, and
 * consumers drop the repeat by its {@code ce_id}. One relay per database works at a time (a lease row), which keeps
 * each key's events in order across instances; it holds no connection or lock while it waits on the broker.
 * <p>
 * It sends through a {@link KafkaTemplate} rather than a Stream binding because it needs an acknowledgement per
 * record for a whole batch in flight at once.
 */
public class OutboxRelay implements SmartLifecycle {
    private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);
    /**
     * How long a relay that stops renewing keeps others from sending. A live relay renews it at every round, and every
     * {@link #RENEW_EVERY} while it waits on the broker; so this bounds only how long the events of a relay that died
     * (kill -9, a lost machine) wait before another instance, or the restarted one, sends them.
     */
    public static final Duration LEASE = Duration.ofSeconds(10);
    private static final Duration RENEW_EVERY = Duration.ofSeconds(2);
    /** How long a batch waits for the broker's acknowledgements before it is given up, unmarked, and sent again later. */
    private static final Duration ACKNOWLEDGED_WITHIN = Duration.ofSeconds(30);
    private static final Duration RELEASE_WITHIN = Duration.ofSeconds(2);

    private final JdbcClient jdbc;
    private final KafkaTemplate<String, byte[]> kafka;
    private final String source;
    private final Duration pollInterval;
    private final int batchSize;
    private final Semaphore wakeUps = new Semaphore(0);
    private final String instance = UUID.randomUUID().toString();
    private volatile boolean running;
    private volatile boolean paused;
    private Thread worker;

    public OutboxRelay(JdbcClient jdbc, KafkaTemplate<String, byte[]> kafka,
                       String source, Duration pollInterval, int batchSize) {
        this.jdbc = jdbc;
        this.kafka = kafka;
        this.source = source;
        this.pollInterval = pollInterval;
        this.batchSize = batchSize;
    }

    public void wakeUp() {
        wakeUps.release();
    }

    /** Events committed but not yet acknowledged by the broker. */
    public long pendingCount() {
        return jdbc.sql("SELECT count(*) FROM outbox_event WHERE published_at IS NULL").query(Long.class).single();
    }

    /** Stops sending without stopping the service: operators use it to hold events, tests to simulate a dead relay. */
    public void pause() {
        paused = true;
    }

    public void resume() {
        paused = false;
        wakeUp();
    }

    /** Sends everything pending now; returns how many were sent. */
    public int drain() {
        int total = 0;
        int sent;
        do {
            sent = relayBatch();
            total += sent;
        } while (sent == batchSize && !paused);
        return total;
    }

    int relayBatch() {
        if (paused || !holdsLease()) {
            return 0;
        }
        // Read, send, mark: three short steps. No connection, transaction or lock is held while the broker is asked,
        // so that a broker that hangs for a minute costs the service nothing but the wait of this thread.
        List<Pending> batch = jdbc.sql("""
                        SELECT event_id, topic, message_key, event_type, subject, occurred_at, payload, actor, traceparent, tracestate
                        FROM outbox_event WHERE published_at IS NULL ORDER BY position LIMIT :limit""")
                .param("limit", batchSize)
                .query((rs, i) -> new Pending(rs.getObject("event_id", UUID.class), rs.getString("topic"),
                        rs.getString("message_key"), rs.getString("event_type"), rs.getString("subject"),
                        rs.getTimestamp("occurred_at").toInstant(), rs.getString("payload"), rs.getString("actor"),
                        rs.getString("traceparent"), rs.getString("tracestate")))
                .list();
        if (batch.isEmpty()) {
            return 0;
        }
        List<CompletableFuture<?>> acks = new ArrayList<>(batch.size());
        for (Pending event : batch) {
            acks.add(kafka.send(record(event)));
        }
        kafka.flush();
        awaitAcknowledgements(CompletableFuture.allOf(acks.toArray(CompletableFuture[]::new)));
        jdbc.sql("UPDATE outbox_event SET published_at = now() WHERE event_id = ANY(:ids)")
                .param("ids", batch.stream().map(Pending::id).toArray(UUID[]::new))
                .update();
        return batch.size();
    }

    /**
     * Waits for the broker, renewing the lease meanwhile (one short statement, no transaction left open) so that no
     * other instance takes over from a relay that is alive. Nothing is marked if the broker does not answer in time or
     * the lease was lost: the whole batch goes again later, and consumers drop the repeats by ce_id.
     */
    private void awaitAcknowledgements(CompletableFuture<Void> acknowledged) {
        long deadline = System.nanoTime() + ACKNOWLEDGED_WITHIN.toNanos();
        while (true) {
            try {
                acknowledged.get(RENEW_EVERY.toMillis(), TimeUnit.MILLISECONDS);
                return;
            } catch (TimeoutException e) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("Broker did not acknowledge the outbox batch within " + ACKNOWLEDGED_WITHIN, e);
                }
                if (!holdsLease()) {
                    throw new IllegalStateException("Lost the outbox lease while the broker was asked", e);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while the broker was asked", e);
            } catch (ExecutionException e) {
                throw new IllegalStateException("Broker did not acknowledge the outbox batch", e.getCause());
            }
        }
    }

    /**
     * One relay a database sends at a time, which keeps each key's events in order: it holds a lease, a row renewed at
     * every round and taken over by another instance only once it has run out. A relay stuck on a hung broker keeps
     * no lock; if another takes over meanwhile, both may send a batch, in the same order, and consumers drop the repeats.
     */
    private boolean holdsLease() {
        String holder = jdbc.sql("""
                        INSERT INTO outbox_relay_lease (id, holder, expires_at) VALUES (1, :me, now() + make_interval(secs => :seconds))
                        ON CONFLICT (id) DO UPDATE SET holder = :me, expires_at = now() + make_interval(secs => :seconds)
                        WHERE outbox_relay_lease.holder = :me OR outbox_relay_lease.expires_at < now()
                        RETURNING holder""")
                .param("me", instance).param("seconds", LEASE.toSeconds())
                .query(String.class).optional().orElse(null);
        return instance.equals(holder);
    }

    private ProducerRecord<String, byte[]> record(Pending event) {
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(event.topic(), event.key(),
                event.payload() == null ? null : event.payload().getBytes(StandardCharsets.UTF_8));
        header(record, CloudEventHeaders.ID, event.id().toString());
        header(record, CloudEventHeaders.TYPE, event.type());
        header(record, CloudEventHeaders.SOURCE, source);
        header(record, CloudEventHeaders.SPEC_VERSION, CloudEventHeaders.SPEC_VERSION_VALUE);
        header(record, CloudEventHeaders.DATA_SCHEMA, EventType.dataSchemaOf(event.type()));
        header(record, CloudEventHeaders.TIME, DateTimeFormatter.ISO_INSTANT.format(event.occurredAt()));
        header(record, CloudEventHeaders.CONTENT_TYPE, CloudEventHeaders.JSON);
        if (event.subject() != null) {
            header(record, CloudEventHeaders.SUBJECT, event.subject());
        }
        if (event.actor() != null) {
            header(record, CloudEventHeaders.ACTOR, event.actor());
        }
        // The W3C trace context of the request that wrote the event (the CloudEvents distributed-tracing extension):
        // consumers continue that trace.
        if (event.traceparent() != null) {
            header(record, EventTracing.TRACEPARENT, event.traceparent());
            if (event.tracestate() != null && !event.tracestate().isEmpty()) {
                header(record, EventTracing.TRACESTATE, event.tracestate());
            }
        }
        return record;
    }

    private static void header(ProducerRecord<String, byte[]> record, String name, String value) {
        record.headers().add(new RecordHeader(name, value.getBytes(StandardCharsets.UTF_8)));
    }

    /** Published rows are kept a while for audit and replay, then removed. */
    public int purgePublishedBefore(Instant cutoff) {
        return jdbc.sql("DELETE FROM outbox_event WHERE published_at < :cutoff")
                .param("cutoff", Timestamp.from(cutoff)).update();
    }

    private void loop() {
        Instant nextPurge = Instant.now();
        while (running) {
            try {
                drain();
                if (Instant.now().isAfter(nextPurge)) {
                    purgePublishedBefore(Instant.now().minus(Duration.ofDays(7)));
                    nextPurge = Instant.now().plus(Duration.ofHours(1));
                }
            } catch (RuntimeException e) {
                log.warn("Outbox relay could not send; will retry: {}", e.getMessage());
                sleep(pollInterval.multipliedBy(5));
            }
            try {
                wakeUps.tryAcquire(pollInterval.toMillis(), TimeUnit.MILLISECONDS);
                wakeUps.drainPermits();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public synchronized void start() {
        if (running) {
            return;
        }
        running = true;
        worker = new Thread(this::loop, "outbox-relay-" + source);
        worker.setDaemon(true);
        worker.start();
    }

    @Override
    public synchronized void stop() {
        running = false;
        if (worker != null) {
            worker.interrupt();
            try {
                worker.join(5_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        releaseLease();
    }

    /**
     * A relay that stops hands over at once: the next one (a restarted instance, another one) need not wait out the
     * lease. Within {@link #RELEASE_WITHIN} only: a database already gone must not hold up the shutdown for the pool's
     * connection timeout, and the lease runs out by itself anyway.
     */
    private void releaseLease() {
        Thread release = new Thread(() -> {
            try {
                jdbc.sql("DELETE FROM outbox_relay_lease WHERE holder = :me").param("me", instance).update();
            } catch (RuntimeException e) {
                log.warn("Outbox relay could not give up its lease; another takes over once it runs out: {}", e.getMessage());
            }
        }, "outbox-relay-release-" + source);
        release.setDaemon(true);
        release.start();
        try {
            release.join(RELEASE_WITHIN.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (release.isAlive()) {
            log.warn("Outbox relay did not give up its lease within {} s; another takes over once it runs out",
                    RELEASE_WITHIN.toSeconds());
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    private record Pending(UUID id, String topic, String key, String type, String subject, Instant occurredAt, String payload,
                           String actor, String traceparent, String tracestate) {
    }
}
