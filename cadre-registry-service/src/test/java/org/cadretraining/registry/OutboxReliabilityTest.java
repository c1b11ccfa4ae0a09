package org.cadretraining.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.cadretraining.events.EventTypes;
import org.cadretraining.events.Topics;
import org.cadretraining.platform.events.EventCodec;
import org.cadretraining.platform.events.ReceivedEvent;
import org.cadretraining.platform.inbox.Inbox;
import org.cadretraining.platform.infrastructure.KafkaProbe;
import org.cadretraining.platform.outbox.OutboxRelay;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every event goes through the outbox: a relay that stops between the commit and the send, or that sends and then
 * fails to mark, loses nothing, and an idempotent consumer applies each event exactly once.
 */
class OutboxReliabilityTest extends RegistryIntegrationTest {
    private static final String CONSUMER = "reliability-test-replica";

    @Autowired
    OutboxRelay relay;
    @Autowired
    Inbox inbox;

    private Map<String, Object> taggedCadre(String unit, String tag) {
        Map<String, Object> body = CadreFixtures.cadre(unit, CadreFixtures.nationalId("015"));
        body.put("fullName", "Lò Thị Hương " + tag);
        return body;
    }

    @Test
    void anEventCommittedWhileTheRelayIsDownIsPublishedOnceItIsBack() {
        String unit = createProvince();
        relay.pause();
        String cadreId;
        try {
            cadreId = api.post("/api/v1/cadres", taggedCadre(unit, suffix())).expect(201).json().path("cadreId").asText();
            // Committed, not sent: the registry answered, the events wait in the outbox.
            assertThat(jdbc.sql("SELECT count(*) FROM outbox_event WHERE message_key = :k AND published_at IS NULL AND " + REQUEST_EVENTS)
                    .param("k", cadreId).query(Long.class).single()).isEqualTo(2);
            assertThat(relay.pendingCount()).isGreaterThanOrEqualTo(2);
            String key = cadreId;
            List<KafkaProbe.Received> meanwhile = kafka.readUntil(Topics.CADRES.name(),
                    all -> all.stream().anyMatch(r -> key.equals(r.key())), Duration.ofSeconds(3));
            assertThat(ceTypesOf(meanwhile, cadreId)).isEmpty();
        } finally {
            relay.resume();
        }
        String key = cadreId;
        List<KafkaProbe.Received> records = kafka.readUntil(Topics.CADRES.name(),
                all -> ceTypesOf(all, key).size() >= 2, Duration.ofSeconds(30));
        assertThat(ceTypesOf(records, cadreId)).containsExactly(EventTypes.CADRE_REGISTERED.ceType(),
                EventTypes.CADRE_QUALIFICATION_RECORDED.ceType());
        assertThat(outboxUnpublished(cadreId)).isZero();
    }

    @Test
    void aBatchSentButNotMarkedIsSentAgainAndTheIdempotentConsumerAppliesEachEventOnce() {
        String unit = createProvince();
        String tag = suffix();
        // Simulates a crash after the broker acknowledged but before the rows were marked published: the first
        // attempt to mark this cadre's events fails, so the relay rolls back and sends the batch again.
        jdbc.sql("CREATE TABLE IF NOT EXISTS reliability_effect (event_id text NOT NULL, cadre_id text NOT NULL)").update();
        jdbc.sql("DROP SEQUENCE IF EXISTS reliability_mark_attempts").update();
        jdbc.sql("CREATE SEQUENCE reliability_mark_attempts").update();
        jdbc.sql("""
                CREATE OR REPLACE FUNCTION reliability_fail_first_mark() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    IF OLD.published_at IS NULL AND NEW.published_at IS NOT NULL
                       AND NEW.payload LIKE '%%TAG%%' AND nextval('reliability_mark_attempts') = 1 THEN
                        RAISE EXCEPTION 'simulated crash between send and mark';
                    END IF;
                    RETURN NEW;
                END;
                $$""".replace("TAG", tag)).update();
        jdbc.sql("DROP TRIGGER IF EXISTS reliability_fail_first_mark ON outbox_event").update();
        jdbc.sql("""
                CREATE TRIGGER reliability_fail_first_mark BEFORE UPDATE ON outbox_event
                FOR EACH ROW EXECUTE FUNCTION reliability_fail_first_mark()""").update();
        String cadreId;
        try {
            cadreId = api.post("/api/v1/cadres", taggedCadre(unit, tag)).expect(201).json().path("cadreId").asText();
            String key = cadreId;
            List<KafkaProbe.Received> records = kafka.readUntil(Topics.CADRES.name(),
                    all -> ceTypesOf(all, key).size() >= 4, Duration.ofSeconds(30));
            List<KafkaProbe.Received> mine = records.stream().filter(r -> key.equals(r.key())).toList();
            Map<String, Long> copies = mine.stream().collect(Collectors.groupingBy(r -> r.header("ce_id"), Collectors.counting()));
            // At least once on the wire: both events went out twice, under the same ce_id.
            assertThat(copies).hasSize(2).allSatisfy((id, n) -> assertThat(n).isEqualTo(2));
            assertThat(outboxUnpublished(cadreId)).isZero();

            // Exactly once in effect: a downstream consumer guarded by the inbox applies each event once.
            for (KafkaProbe.Received record : mine) {
                var type = EventTypes.byCeType(record.header("ce_type")).orElseThrow();
                ReceivedEvent event = new ReceivedEvent(record.header("ce_id"), type, record.header("ce_subject"),
                        EventCodec.fromJson(record.value().getBytes(StandardCharsets.UTF_8), type.payloadType()));
                inbox.handleOnce(CONSUMER, event, e -> jdbc.sql("INSERT INTO reliability_effect VALUES (:id, :cadre)")
                        .param("id", e.id()).param("cadre", key).update());
            }
            assertThat(jdbc.sql("SELECT count(*) FROM reliability_effect WHERE cadre_id = :c").param("c", cadreId)
                    .query(Long.class).single()).isEqualTo(2);
            assertThat(jdbc.sql("SELECT count(DISTINCT event_id) FROM reliability_effect WHERE cadre_id = :c")
                    .param("c", cadreId).query(Long.class).single()).isEqualTo(2);
        } finally {
            jdbc.sql("DROP TRIGGER IF EXISTS reliability_fail_first_mark ON outbox_event").update();
        }
    }

    private long outboxUnpublished(String key) {
        return jdbc.sql("SELECT count(*) FROM outbox_event WHERE message_key = :k AND published_at IS NULL AND " + REQUEST_EVENTS)
                .param("k", key).query(Long.class).single();
    }
}
