package org.cadretraining.platform.security;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

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
import org.cadretraining.events.EventType;
import org.cadretraining.events.EventTypes;
import org.cadretraining.events.Topics;
import org.cadretraining.events.registry.AccessGranted;
import org.cadretraining.events.registry.AccessRevoked;
import org.cadretraining.events.registry.UnitCreated;
import org.cadretraining.events.registry.UnitMoved;
import org.cadretraining.platform.events.EventCodec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * The grants and the unit tree, read from the registry's topics into memory. Every instance reads them whole, from
 * the start, with no consumer group: each must know every grant. It is ready once it has read up to where the topics
 * stood when it started; from then on a grant or a revocation takes effect here as soon as its event arrives.
 */
public class ReplicatedAccessDirectory implements AccessDirectory, SmartLifecycle {
    private static final Logger log = LoggerFactory.getLogger(ReplicatedAccessDirectory.class);
    private static final List<String> TOPICS = List.of(Topics.UNITS.name(), Topics.ACCESS_GRANTS.name());
    private static final String ROOT = "";

    private final Map<String, Object> consumerConfig;
    private final Map<String, String> parents = new ConcurrentHashMap<>();
    private final Map<String, Map<String, Grant>> grants = new ConcurrentHashMap<>();
    private volatile boolean ready;
    private volatile boolean running;
    private volatile KafkaConsumer<String, byte[]> consumer;
    private Thread worker;

    public ReplicatedAccessDirectory(Map<String, Object> kafkaConsumerProperties) {
        Map<String, Object> config = new HashMap<>(kafkaConsumerProperties);
        config.remove(ConsumerConfig.GROUP_ID_CONFIG);
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
        config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        config.put(ConsumerConfig.CLIENT_ID_CONFIG, "access-directory-" + Integer.toHexString(System.identityHashCode(this)));
        this.consumerConfig = config;
    }

    @Override
    public List<Grant> grantsOf(String subject) {
        Map<String, Grant> held = grants.get(subject);
        return held == null ? List.of() : List.copyOf(held.values());
    }

    @Override
    public Optional<String> parentOf(String unitId) {
        String parent = parents.get(unitId);
        return parent == null || parent.equals(ROOT) ? Optional.empty() : Optional.of(parent);
    }

    @Override
    public boolean knows(String unitId) {
        return parents.containsKey(unitId);
    }

    @Override
    public boolean ready() {
        return ready;
    }

    @Override
    public void start() {
        running = true;
        worker = new Thread(this::run, "access-directory");
        worker.setDaemon(true);
        worker.start();
    }

    @Override
    public void stop() {
        running = false;
        KafkaConsumer<String, byte[]> current = consumer;
        if (current != null) {
            current.wakeup();
        }
        if (worker != null) {
            try {
                worker.join(Duration.ofSeconds(5).toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** After the topics are created (KafkaAdmin) and before the web server takes requests. */
    @Override
    public int getPhase() {
        return SmartLifecycle.DEFAULT_PHASE - 2048;
    }

    private void run() {
        while (running) {
            try (KafkaConsumer<String, byte[]> kafka = new KafkaConsumer<>(consumerConfig)) {
                consumer = kafka;
                List<TopicPartition> partitions = partitions(kafka);
                if (partitions.isEmpty()) {
                    sleep();
                    continue;
                }
                kafka.assign(partitions);
                kafka.seekToBeginning(partitions);
                Map<TopicPartition, Long> caughtUpAt = kafka.endOffsets(partitions);
                // Rebuilt from the start: what an earlier attempt read is read again and replaces it.
                while (running) {
                    for (ConsumerRecord<String, byte[]> record : kafka.poll(Duration.ofMillis(500))) {
                        apply(record);
                    }
                    if (!ready && caughtUpAt.entrySet().stream().allMatch(e -> kafka.position(e.getKey()) >= e.getValue())) {
                        ready = true;
                        log.info("Access directory ready: {} units, {} users with grants", parents.size(), grants.size());
                    }
                }
            } catch (WakeupException e) {
                // stopping
            } catch (RuntimeException e) {
                log.warn("Access directory lost the broker ({}); reading again from the start", e.toString());
                sleep();
            } finally {
                consumer = null;
            }
        }
    }

    private static List<TopicPartition> partitions(KafkaConsumer<String, byte[]> kafka) {
        List<TopicPartition> partitions = new ArrayList<>();
        for (String topic : TOPICS) {
            List<PartitionInfo> infos = kafka.partitionsFor(topic, Duration.ofSeconds(10));
            if (infos == null || infos.isEmpty()) {
                return List.of();
            }
            infos.forEach(p -> partitions.add(new TopicPartition(p.topic(), p.partition())));
        }
        return partitions;
    }

    void apply(ConsumerRecord<String, byte[]> record) {
        Header typeHeader = record.headers().lastHeader(CloudEventHeaders.TYPE);
        Optional<EventType<?>> type = typeHeader == null ? Optional.empty()
                : EventTypes.byCeType(new String(typeHeader.value(), StandardCharsets.UTF_8));
        if (type.isEmpty() || record.value() == null) {
            return;
        }
        try {
            Object payload = EventCodec.fromJson(record.value(), type.get().payloadType());
            apply(payload);
        } catch (RuntimeException e) {
            // A record no reader can use; the consumers that own this data send it to their dead-letter topics.
            log.warn("Access directory skipped an unreadable {} at {}-{}@{}", type.get().ceType(), record.topic(),
                    record.partition(), record.offset());
        }
    }

    /** Applies one event of the registry's unit or grant topics. */
    public void apply(Object event) {
        if (event instanceof UnitCreated created) {
            parents.put(created.unitId(), created.parentUnitId() == null ? ROOT : created.parentUnitId());
        } else if (event instanceof UnitMoved moved) {
            parents.put(moved.unitId(), moved.toParentUnitId() == null ? ROOT : moved.toParentUnitId());
        } else if (event instanceof AccessGranted granted && granted.role() != null) {
            // A role this version does not know (read as absent) confers nothing here: deny by default.
            grants.computeIfAbsent(granted.subject(), s -> new ConcurrentHashMap<>())
                    .put(granted.grantId(), new Grant(granted.grantId(), granted.subject(), granted.role(), granted.unitId()));
        } else if (event instanceof AccessRevoked revoked) {
            Map<String, Grant> held = grants.get(revoked.subject());
            if (held != null) {
                held.remove(revoked.grantId());
            }
        }
    }

    private void sleep() {
        try {
            Thread.sleep(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }
}
