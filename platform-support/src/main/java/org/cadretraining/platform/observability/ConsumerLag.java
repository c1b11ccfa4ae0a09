package org.cadretraining.platform.observability;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * {@value #LAG}: for each consumer group of this service and each topic it reads, the records written and not yet
 * consumed (the end offsets less the group's committed ones, summed over the partitions), as the broker tells it.
 * Asked every {@code interval} on a thread of its own, not on the scrape, so that a slow broker never slows a scrape.
 * The same figure for the message-channel bindings and the Kafka Streams applications alike (whose group is their
 * application id).
 */
public class ConsumerLag implements SmartLifecycle {
    public static final String LAG = "cadre.consumer.lag";
    private static final Logger log = LoggerFactory.getLogger(ConsumerLag.class);

    private final Map<String, Object> adminConfig;
    private final List<String> groups;
    private final Duration interval;
    private final MeterRegistry registry;
    private final Map<List<String>, AtomicLong> lags = new ConcurrentHashMap<>();
    private volatile Thread worker;

    public ConsumerLag(Map<String, Object> adminConfig, List<String> groups, Duration interval, MeterRegistry registry) {
        this.adminConfig = adminConfig;
        this.groups = groups;
        this.interval = interval;
        this.registry = registry;
    }

    /** Reads every group's lag once, and moves the gauges; public for a test that wants it now. */
    public void measure(Admin admin) throws Exception {
        for (String group : groups) {
            Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(group)
                    .partitionsToOffsetAndMetadata().get(10, TimeUnit.SECONDS);
            if (committed.isEmpty()) {
                continue;
            }
            Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
            committed.keySet().forEach(partition -> latest.put(partition, OffsetSpec.latest()));
            Map<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> ends = admin.listOffsets(latest).all()
                    .get(10, TimeUnit.SECONDS);
            Map<String, Long> byTopic = new HashMap<>();
            committed.forEach((partition, offset) -> {
                if (offset == null || !ends.containsKey(partition)) {
                    return;
                }
                long lag = Math.max(0, ends.get(partition).offset() - offset.offset());
                byTopic.merge(partition.topic(), lag, Long::sum);
            });
            byTopic.forEach((topic, lag) -> gauge(group, topic).set(lag));
        }
    }

    private AtomicLong gauge(String group, String topic) {
        return lags.computeIfAbsent(List.of(group, topic), key -> {
            AtomicLong value = new AtomicLong();
            Gauge.builder(LAG, value, AtomicLong::get)
                    .description("Records on the topic not yet consumed by the group")
                    .tag("group", group).tag("topic", topic)
                    .register(registry);
            return value;
        });
    }

    private void loop() {
        try (Admin admin = Admin.create(adminConfig)) {
            while (worker == Thread.currentThread()) {
                try {
                    measure(admin);
                } catch (InterruptedException e) {
                    return;
                } catch (Exception e) {
                    log.debug("Consumer lag not measured this time: {}", e.getMessage());
                }
                try {
                    Thread.sleep(interval.toMillis());
                } catch (InterruptedException e) {
                    return;
                }
            }
        } catch (RuntimeException e) {
            log.warn("Consumer lag is not measured: {}", e.getMessage());
        }
    }

    @Override
    public synchronized void start() {
        if (worker != null || groups.isEmpty()) {
            return;
        }
        Thread thread = new Thread(this::loop, "consumer-lag");
        thread.setDaemon(true);
        worker = thread;
        thread.start();
    }

    @Override
    public synchronized void stop() {
        Thread thread = worker;
        worker = null;
        if (thread != null) {
            thread.interrupt();
            try {
                thread.join(2_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean isRunning() {
        return worker != null;
    }
}
