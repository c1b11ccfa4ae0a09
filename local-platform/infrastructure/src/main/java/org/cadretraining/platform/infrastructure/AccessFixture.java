package org.cadretraining.platform.infrastructure;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.cadretraining.events.CloudEventHeaders;
import org.cadretraining.events.EventType;
import org.cadretraining.events.EventTypes;
import org.cadretraining.events.registry.AccessGranted;
import org.cadretraining.events.registry.AccessRevoked;
import org.cadretraining.events.registry.UnitCreated;
import org.cadretraining.events.vocabulary.AccessRole;
import org.cadretraining.events.vocabulary.UnitLevel;
import tools.jackson.databind.cfg.DateTimeFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Plays the registry's part for a service tested on its own: publishes units and grants on the registry's topics, as
 * the registry's outbox would (CloudEvents binary mode, the public contract's types), so that the service learns who
 * may do what exactly as it does in production.
 */
public final class AccessFixture implements AutoCloseable {
    private static final JsonMapper JSON = JsonMapper.builder().disable(DateTimeFeature.WRITE_DATES_AS_TIMESTAMPS).build();
    private final KafkaProducer<String, byte[]> producer;

    public AccessFixture() {
        producer = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, Infrastructure.kafka().bootstrapServers(),
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class,
                ProducerConfig.ACKS_CONFIG, "all"));
    }

    /** A unit, under {@code parentUnitId} (null for a province). */
    public String unit(String unitId, String parentUnitId, UnitLevel level) {
        send(EventTypes.UNIT_CREATED, unitId, new UnitCreated(unitId, "U-" + unitId.substring(0, 8), "Đơn vị " + unitId.substring(0, 8),
                level, parentUnitId, Instant.now()));
        return unitId;
    }

    /** Gives the user the role on the unit; returns the grant's id. */
    public String grant(String subject, AccessRole role, String unitId) {
        String grantId = UUID.randomUUID().toString();
        send(EventTypes.ACCESS_GRANTED, subject, new AccessGranted(grantId, subject, role, unitId, SpringTestInfrastructure.ADMINISTRATOR,
                Instant.now()));
        return grantId;
    }

    public void revoke(String grantId, String subject, AccessRole role, String unitId) {
        send(EventTypes.ACCESS_REVOKED, subject, new AccessRevoked(grantId, subject, role, unitId, SpringTestInfrastructure.ADMINISTRATOR,
                Instant.now()));
    }

    private <T> void send(EventType<T> type, String key, T payload) {
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(type.topic().name(), key, JSON.writeValueAsBytes(payload));
        record.headers().add(CloudEventHeaders.ID, UUID.randomUUID().toString().getBytes(StandardCharsets.UTF_8));
        record.headers().add(CloudEventHeaders.TYPE, type.ceType().getBytes(StandardCharsets.UTF_8));
        record.headers().add(CloudEventHeaders.SOURCE, org.cadretraining.events.Topics.ACCESS_GRANTS.source().getBytes(StandardCharsets.UTF_8));
        record.headers().add(CloudEventHeaders.SPEC_VERSION, CloudEventHeaders.SPEC_VERSION_VALUE.getBytes(StandardCharsets.UTF_8));
        record.headers().add(CloudEventHeaders.DATA_SCHEMA, type.dataSchema().getBytes(StandardCharsets.UTF_8));
        record.headers().add(CloudEventHeaders.SUBJECT, key.getBytes(StandardCharsets.UTF_8));
        // Without it, Spring Cloud Stream's consumers would not see the ce_ headers (binary mode needs the content type).
        record.headers().add(CloudEventHeaders.CONTENT_TYPE, CloudEventHeaders.JSON.getBytes(StandardCharsets.UTF_8));
        try {
            producer.send(record).get(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("Could not publish " + type.ceType() + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        producer.close();
    }
}
