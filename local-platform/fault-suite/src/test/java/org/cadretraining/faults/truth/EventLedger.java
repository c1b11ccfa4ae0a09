package org.cadretraining.faults.truth;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.cadretraining.events.CloudEventHeaders;
import org.cadretraining.events.EventTypes;
import org.cadretraining.events.Topics;
import org.cadretraining.platform.infrastructure.DatabaseCoordinates;

/**
 * Follows every event from where it is committed to where it is applied:
 * <ol>
 *   <li>committed: a row of a producer's outbox (registry, enrollment), written in the business transaction;</li>
 *   <li>on the broker: a record on its topic with that {@code ce_id}, read by this ledger's own consumer (no group, from
 *       the start of every catalogue topic);</li>
 *   <li>applied, for the consumers that keep an inbox: a {@code processed_event} row with that id in the consumer's
 *       database (enrollment's cadre replica for registry.cadres; the registry's graduations for CourseGraduated).</li>
 * </ol>
 * An event committed but missing at a later step, once everything has converged, is lost. An id on a topic more than
 * once was sent again (the relay's at-least-once delivery, after a crash between its send and its mark): not an error
 * as long as the effect is applied once, which the inbox's key and the views' figures show.
 */
public final class EventLedger implements AutoCloseable {
    /** The inbox consumer names, and what each must apply. */
    public static final String REPLICA_CONSUMER = "enrollment-service.cadre-replica";
    public static final String GRADUATIONS_CONSUMER = "cadre-registry-service.graduations";
    private static final Set<String> REPLICATED = Set.of(EventTypes.CADRE_REGISTERED.ceType(), EventTypes.CADRE_TRANSFERRED.ceType(),
            EventTypes.CADRE_QUALIFICATION_RECORDED.ceType(), EventTypes.CADRE_PROFILE_UPDATED.ceType(),
            EventTypes.CADRE_DEPARTED.ceType());

    private final DatabaseCoordinates registry;
    private final DatabaseCoordinates enrollment;
    private final Map<String, Integer> onBroker = new ConcurrentHashMap<>();
    private final KafkaConsumer<String, byte[]> consumer;
    private final Thread reader;
    private volatile boolean running = true;

    public record Committed(String eventId, String service, String topic, String type, Instant occurredAt, Instant publishedAt) {
    }

    /** Where the ledger stands: every committed event, and those found missing at a later step. */
    public record Tally(List<Committed> committed, List<String> notOnBroker, List<String> notApplied, long sentAgain) {
        public long lost() {
            return notOnBroker.size() + notApplied.size();
        }

        public long committedBetween(Instant from, Instant to) {
            return committed.stream().filter(c -> !c.occurredAt().isBefore(from) && !c.occurredAt().isAfter(to)).count();
        }

        public String describe() {
            return committed.size() + " committed, " + notOnBroker.size() + " not on the broker " + sample(notOnBroker) + ", "
                    + notApplied.size() + " not applied by their inbox consumer " + sample(notApplied) + ", " + sentAgain
                    + " sent more than once";
        }

        private static String sample(List<String> ids) {
            return ids.isEmpty() ? "" : ids.stream().limit(5).collect(Collectors.joining(", ", "(", ids.size() > 5 ? ", …)" : ")"));
        }
    }

    public EventLedger(String brokers, DatabaseCoordinates registry, DatabaseCoordinates enrollment) {
        this.registry = registry;
        this.enrollment = enrollment;
        Properties config = new Properties();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, brokers);
        config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        config.put(ConsumerConfig.CLIENT_ID_CONFIG, "fault-suite-ledger");
        consumer = new KafkaConsumer<>(config);
        reader = new Thread(this::read, "event-ledger");
        reader.setDaemon(true);
        reader.start();
    }

    private void read() {
        try {
            List<TopicPartition> partitions = new ArrayList<>();
            for (var topic : Topics.all()) {
                List<PartitionInfo> infos = consumer.partitionsFor(topic.name(), Duration.ofSeconds(60));
                infos.forEach(p -> partitions.add(new TopicPartition(p.topic(), p.partition())));
            }
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            while (running) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(500))) {
                    Header id = record.headers().lastHeader(CloudEventHeaders.ID);
                    if (id != null) {
                        onBroker.merge(new String(id.value(), StandardCharsets.UTF_8), 1, Integer::sum);
                    }
                }
            }
        } catch (WakeupException e) {
            // closing
        } catch (RuntimeException e) {
            if (running) {
                System.err.println("event ledger stopped: " + e);
            }
        }
    }

    public Tally tally() {
        List<Committed> committed = new ArrayList<>();
        committed.addAll(committed("registry", registry));
        committed.addAll(committed("enrollment", enrollment));
        List<String> notOnBroker = committed.stream().map(Committed::eventId).filter(id -> !onBroker.containsKey(id)).toList();
        Set<String> replicated = processed(enrollment, REPLICA_CONSUMER);
        Set<String> graduated = processed(registry, GRADUATIONS_CONSUMER);
        List<String> notApplied = new ArrayList<>();
        for (Committed event : committed) {
            if (event.service().equals("registry") && REPLICATED.contains(event.type()) && !replicated.contains(event.eventId())) {
                notApplied.add(event.eventId() + " (" + shortType(event.type()) + " → cadre replica)");
            }
            if (event.type().equals(EventTypes.COURSE_GRADUATED.ceType()) && !graduated.contains(event.eventId())) {
                notApplied.add(event.eventId() + " (CourseGraduated → registry)");
            }
        }
        long sentAgain = onBroker.values().stream().filter(n -> n > 1).count();
        return new Tally(committed, notOnBroker, notApplied, sentAgain);
    }

    /** The outbox rows not yet acknowledged by the broker. */
    public static Set<String> unsent(DatabaseCoordinates db) {
        Set<String> ids = new HashSet<>();
        try (Connection connection = Truth.connect(db);
             ResultSet rs = connection.createStatement().executeQuery("SELECT event_id FROM outbox_event WHERE published_at IS NULL")) {
            while (rs.next()) {
                ids.add(rs.getString(1));
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return ids;
    }

    public boolean onBroker(String eventId) {
        return onBroker.containsKey(eventId);
    }

    private static List<Committed> committed(String service, DatabaseCoordinates db) {
        List<Committed> rows = new ArrayList<>();
        try (Connection connection = Truth.connect(db);
             ResultSet rs = connection.createStatement().executeQuery(
                     "SELECT event_id, topic, event_type, occurred_at, published_at FROM outbox_event")) {
            while (rs.next()) {
                Timestamp published = rs.getTimestamp(5);
                rows.add(new Committed(rs.getString(1), service, rs.getString(2), rs.getString(3), rs.getTimestamp(4).toInstant(),
                        published == null ? null : published.toInstant()));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the outbox of " + service, e);
        }
        return rows;
    }

    private static Set<String> processed(DatabaseCoordinates db, String consumer) {
        Set<String> ids = new HashSet<>();
        try (Connection connection = Truth.connect(db);
             PreparedStatement sql = connection.prepareStatement("SELECT event_id FROM processed_event WHERE consumer = ?")) {
            sql.setString(1, consumer);
            try (ResultSet rs = sql.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getString(1));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return ids;
    }

    private static String shortType(String ceType) {
        String[] parts = ceType.split("\\.");
        return parts.length > 1 ? parts[parts.length - 2] : ceType;
    }

    @Override
    public void close() {
        running = false;
        consumer.wakeup();
        try {
            reader.join(5_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        consumer.close(Duration.ofSeconds(5));
    }
}
