package org.cadretraining.faults.faults;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ListOffsetsResult.ListOffsetsResultInfo;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.awaitility.Awaitility;
import org.cadretraining.events.Topics;
import org.cadretraining.faults.platform.FaultPlatform;
import org.cadretraining.faults.platform.Processes.Managed;

/**
 * Duplicate delivery: a consumer's service is stopped, its consumer groups are rewound with the Kafka AdminClient to
 * where the load began (every record it has applied since is delivered again), and it is started again. Nothing may
 * be applied twice: the inboxes drop what they have seen, reporting's folds are idempotent per event.
 */
public final class DuplicateDelivery implements Fault {
    private final String service;
    private final Function<FaultPlatform, Managed> process;
    /** Consumer group → the topics it reads that are rewound. */
    private final Map<String, List<String>> groups;

    private DuplicateDelivery(String service, Function<FaultPlatform, Managed> process, Map<String, List<String>> groups) {
        this.service = service;
        this.process = process;
        this.groups = groups;
    }

    public static DuplicateDelivery registry() {
        return new DuplicateDelivery("cadre-registry-service", FaultPlatform::registry,
                Map.of("cadre-registry-service", List.of(Topics.ENROLLMENTS.name())));
    }

    public static DuplicateDelivery enrollment() {
        return new DuplicateDelivery("enrollment-service", FaultPlatform::enrollment,
                Map.of("enrollment-service", List.of(Topics.CADRES.name())));
    }

    /** Kafka Streams: each application id is a consumer group over its source topics. */
    public static DuplicateDelivery reporting() {
        return new DuplicateDelivery("reporting-service", FaultPlatform::reporting, Map.of(
                "reporting-progress", List.of(Topics.CADRES.name(), Topics.ENROLLMENTS.name(), Topics.CLASSES.name(), Topics.PLANS.name()),
                "reporting-reference", List.of(Topics.UNITS.name(), "reporting.targets")));
    }

    @Override
    public String name() {
        return "duplicate delivery to " + service;
    }

    @Override
    public String description() {
        return "The " + service + " is stopped; its consumer groups (" + String.join(", ", groups.keySet()) + ") are rewound "
                + "with the AdminClient to the offsets where the load began, on " + groups.values().stream().flatMap(List::stream)
                .distinct().collect(Collectors.joining(", ")) + "; it is started again and reads the range a second time.";
    }

    @Override
    public void inject(FaultContext context) throws Exception {
        Managed target = process.apply(context.platform());
        Admin admin = context.admin();
        context.awaitLoad(20, Duration.ofSeconds(60));
        target.stop(Duration.ofSeconds(60));
        Map<String, Map<TopicPartition, Long>> applied = new HashMap<>();
        long redelivered = 0;
        for (Map.Entry<String, List<String>> group : groups.entrySet()) {
            // A stopped member may stay in its group until its session times out: alter once the group is empty.
            Map<TopicPartition, Long> committed = new HashMap<>();
            Map<TopicPartition, Long> rewound = new HashMap<>();
            Awaitility.await("rewinding " + group.getKey()).atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofSeconds(1))
                    .ignoreExceptions().until(() -> {
                        committed.clear();
                        committed.putAll(committed(admin, group.getKey(), group.getValue()));
                        rewound.clear();
                        rewound.putAll(offsetsAt(admin, committed, context.loadStarted()));
                        admin.alterConsumerGroupOffsets(group.getKey(), rewound.entrySet().stream().collect(Collectors.toMap(
                                Map.Entry::getKey, e -> new OffsetAndMetadata(e.getValue())))).all().get();
                        return true;
                    });
            applied.put(group.getKey(), committed);
            for (TopicPartition partition : committed.keySet()) {
                redelivered += committed.get(partition) - rewound.get(partition);
            }
        }
        context.note("records delivered again", redelivered);
        long starting = System.nanoTime();
        target.startAndAwait(FaultPlatform.START_UP);
        context.note("restart to ready", Duration.ofNanos(System.nanoTime() - starting).toMillis() + " ms");
        long ready = System.nanoTime();
        // The range is read again: each group commits past where it had got to before the rewind.
        Awaitility.await(service + " reading the range again").atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(500))
                .ignoreExceptions().until(() -> applied.entrySet().stream().allMatch(group -> {
                    Map<TopicPartition, Long> now = committedNow(admin, group.getKey(), groups.get(group.getKey()));
                    return group.getValue().entrySet().stream().allMatch(p -> now.getOrDefault(p.getKey(), -1L) >= p.getValue());
                }));
        context.note("range read again within", Duration.ofNanos(System.nanoTime() - ready).toMillis() + " ms of being ready");
    }

    private static Map<TopicPartition, Long> committedNow(Admin admin, String group, List<String> topics) {
        try {
            return committed(admin, group, topics);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static Map<TopicPartition, Long> committed(Admin admin, String group, List<String> topics)
            throws InterruptedException, ExecutionException {
        return admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata().get().entrySet().stream()
                .filter(e -> topics.contains(e.getKey().topic()) && e.getValue() != null)
                .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().offset()));
    }

    /** The first offset at or after {@code since} in each partition; the committed one where nothing came since. */
    private static Map<TopicPartition, Long> offsetsAt(Admin admin, Map<TopicPartition, Long> committed, Instant since)
            throws InterruptedException, ExecutionException {
        Map<TopicPartition, OffsetSpec> request = committed.keySet().stream()
                .collect(Collectors.toMap(p -> p, p -> OffsetSpec.forTimestamp(since.toEpochMilli())));
        Map<TopicPartition, ListOffsetsResultInfo> found = admin.listOffsets(request).all().get();
        Map<TopicPartition, Long> offsets = new HashMap<>();
        for (TopicPartition partition : committed.keySet()) {
            long at = found.get(partition).offset();
            offsets.put(partition, at < 0 ? committed.get(partition) : Math.min(at, committed.get(partition)));
        }
        return offsets;
    }
}
