package org.cadretraining.platform.securitytest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.cadretraining.events.EventTypes;
import org.cadretraining.events.registry.UnitRenamed;
import org.cadretraining.platform.infrastructure.Infrastructure;
import org.cadretraining.platform.infrastructure.SpringTestInfrastructure;
import org.cadretraining.platform.outbox.Outbox;
import org.cadretraining.platform.outbox.OutboxRelay;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The relay's lease must not hold events back when its holder is gone: one that stops hands over at once (a restart, a
 * rolling deployment), and the events of one that died are sent by the next within the lease. The fault suite found a
 * restarted service's events waiting a minute behind the lease of the process it replaced.
 */
@SpringBootTest(properties = {"spring.application.name=relay-lease", "spring.flyway.locations=classpath:db/platform",
        "platform.outbox.poll-interval=100ms"})
class OutboxRelayLeaseTest {
    @Autowired
    Outbox outbox;
    @Autowired
    OutboxRelay relay;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TransactionTemplate transactions;

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry properties) {
        SpringTestInfrastructure.register(properties, "relay_lease");
    }

    @Test
    void aRelayThatStopsHandsItsLeaseOverAtOnce() {
        awaitPublished(append(), Duration.ofSeconds(30));
        relay.stop();
        DefaultKafkaProducerFactory<String, byte[]> producers = producers();
        OutboxRelay next = new OutboxRelay(jdbc, new KafkaTemplate<>(producers), "/relay-lease", Duration.ofMillis(100), 100);
        try {
            next.start();
            awaitPublished(append(), Duration.ofSeconds(3));
        } finally {
            next.stop();
            producers.destroy();
            relay.start();
        }
    }

    @Test
    void theEventsOfARelayThatDiedAreSentByTheNextWithinTheLease() {
        awaitPublished(append(), Duration.ofSeconds(30));
        // Paused, it stops renewing without giving anything up: as a killed process leaves its lease behind.
        relay.pause();
        DefaultKafkaProducerFactory<String, byte[]> producers = producers();
        OutboxRelay next = new OutboxRelay(jdbc, new KafkaTemplate<>(producers), "/relay-lease", Duration.ofMillis(100), 100);
        try {
            next.start();
            Instant appended = Instant.now();
            awaitPublished(append(), OutboxRelay.LEASE.plusSeconds(5));
            System.out.printf("Sent by the next relay %d ms after the one holding the lease stopped renewing%n",
                    Duration.between(appended, Instant.now()).toMillis());
        } finally {
            next.stop();
            producers.destroy();
            relay.resume();
        }
    }

    private UUID append() {
        return transactions.execute(status -> outbox.append(EventTypes.UNIT_RENAMED, "u-1",
                new UnitRenamed("u-1", "Xã Mường Phăng", Instant.now())));
    }

    private void awaitPublished(UUID eventId, Duration atMost) {
        await().atMost(atMost).pollInterval(Duration.ofMillis(100)).until(() -> jdbc.sql(
                "SELECT published_at IS NOT NULL FROM outbox_event WHERE event_id = :id").param("id", eventId)
                .query(Boolean.class).single());
    }

    private static DefaultKafkaProducerFactory<String, byte[]> producers() {
        return new DefaultKafkaProducerFactory<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, Infrastructure.kafka().bootstrapServers(),
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class));
    }
}
