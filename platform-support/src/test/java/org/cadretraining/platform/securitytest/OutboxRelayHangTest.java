package org.cadretraining.platform.securitytest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;

import org.cadretraining.events.EventTypes;
import org.cadretraining.events.registry.UnitRenamed;
import org.cadretraining.platform.infrastructure.SpringTestInfrastructure;
import org.cadretraining.platform.outbox.Outbox;
import org.cadretraining.platform.outbox.OutboxRelay;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A broker that does not answer must cost the service nothing but the relay's own wait: while the relay waits on it,
 * no transaction stays open and no lock is held in the service's database.
 */
@SpringBootTest(properties = {"spring.application.name=relay-probe", "spring.flyway.locations=classpath:db/platform",
        "spring.kafka.admin.auto-create=false", "spring.kafka.producer.properties.max.block.ms=20000"})
class OutboxRelayHangTest {
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
        SpringTestInfrastructure.register(properties, "relay_hang");
        // Nothing listens here: every send waits until it times out.
        properties.add("spring.kafka.bootstrap-servers", () -> "localhost:9");
    }

    @Test
    void whileTheBrokerDoesNotAnswerTheRelayHoldsNoTransactionAndNoLock() {
        transactions.executeWithoutResult(status -> outbox.append(EventTypes.UNIT_RENAMED, "u-1",
                new UnitRenamed("u-1", "Xã Mường Phăng", java.time.Instant.now())));
        relay.wakeUp();
        long deadline = System.nanoTime() + Duration.ofSeconds(8).toNanos();
        int samples = 0;
        while (System.nanoTime() < deadline) {
            assertThat(relay.pendingCount()).as("the event is still waiting for the broker").isEqualTo(1);
            assertThat(jdbc.sql("""
                    SELECT count(*) FROM pg_stat_activity
                    WHERE datname = current_database() AND state LIKE 'idle in transaction%'""").query(Long.class).single())
                    .as("transactions left open while the broker is asked").isZero();
            assertThat(jdbc.sql("SELECT count(*) FROM pg_locks WHERE locktype = 'advisory'").query(Long.class).single())
                    .as("advisory locks held").isZero();
            samples++;
            await().pollDelay(Duration.ofMillis(200)).until(() -> true);
        }
        assertThat(samples).isGreaterThan(10);
    }
}
