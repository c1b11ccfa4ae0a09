package org.cadretraining.reporting.query;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.cadretraining.platform.events.EventCodec;
import org.cadretraining.platform.web.InvalidRequest;
import org.cadretraining.platform.web.ProblemHandling.FieldProblem;
import org.cadretraining.reporting.views.StoreNames;
import org.cadretraining.reporting.views.Target;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.stereotype.Service;

/**
 * Defines and withdraws targets: the write side of the reference data. Their only store is the compacted topic
 * reporting.targets, which this service owns: a restarted or added instance rebuilds them from it, like every other view.
 */
@Service
public class TargetDefinitions {
    private static final Duration VISIBLE_WITHIN = Duration.ofSeconds(15);
    private final KafkaTemplate<String, byte[]> kafka;
    private final ReferenceData reference;

    TargetDefinitions(KafkaProperties kafkaProperties, ReferenceData reference) {
        var config = kafkaProperties.buildProducerProperties();
        config.put("key.serializer", StringSerializer.class);
        config.put("value.serializer", ByteArraySerializer.class);
        config.put("acks", "all");
        this.kafka = new KafkaTemplate<>(new DefaultKafkaProducerFactory<>(config));
        this.reference = reference;
    }

    public Target define(String name, Target.Cohort cohort, Target.Criterion criterion, Double thresholdPercent,
                         java.time.LocalDate deadline) {
        List<FieldProblem> problems = new ArrayList<>();
        if (name == null || name.isBlank()) {
            problems.add(new FieldProblem("name", "must not be blank"));
        }
        if (criterion == null || criterion.ladder() == null) {
            problems.add(new FieldProblem("criterion.ladder", "must be one of PROFESSIONAL, POLITICAL_THEORY, STATE_MANAGEMENT"));
        } else if (criterion.minimumLevel() == null || !criterion.ladder().hasLevel(criterion.minimumLevel())
                || "NONE".equals(criterion.minimumLevel())) {
            List<String> levels = criterion.ladder().levels();
            problems.add(new FieldProblem("criterion.minimumLevel", "must be one of " + levels.subList(1, levels.size())));
        }
        if (thresholdPercent == null || thresholdPercent <= 0 || thresholdPercent > 100) {
            problems.add(new FieldProblem("thresholdPercent", "must be more than 0 and at most 100"));
        }
        if (deadline == null) {
            problems.add(new FieldProblem("deadline", "must be a date as yyyy-MM-dd"));
        }
        Target.Cohort effective = cohort == null ? new Target.Cohort(null, null, null, null, null) : cohort;
        if (effective.unitId() != null && reference.unitTree().unit(effective.unitId()).isEmpty()) {
            problems.add(new FieldProblem("cohort.unitId", "no unit with id " + effective.unitId()));
        }
        if (!problems.isEmpty()) {
            throw new InvalidRequest(problems);
        }
        Target target = new Target(UUID.randomUUID().toString(), name.strip(), effective, criterion, thresholdPercent,
                deadline, Instant.now());
        send(target.targetId(), EventCodec.toJson(target));
        awaitVisible(target.targetId(), true);
        return target;
    }

    public void withdraw(String targetId) {
        send(targetId, null);
        awaitVisible(targetId, false);
    }

    private void send(String targetId, byte[] value) {
        try {
            kafka.send(new ProducerRecord<>(StoreNames.TARGETS_TOPIC, targetId, value)).get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("Could not store the target on " + StoreNames.TARGETS_TOPIC, e);
        }
    }

    /** The definition reaches every instance's reference table within moments; the caller gets to read it at once. */
    private void awaitVisible(String targetId, boolean present) {
        long deadline = System.nanoTime() + VISIBLE_WITHIN.toNanos();
        while (reference.target(targetId).isPresent() != present && System.nanoTime() < deadline) {
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}
