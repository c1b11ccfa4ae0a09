package org.cadretraining.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.cadretraining.events.CloudEventHeaders;
import org.cadretraining.events.EventTypes;
import org.junit.jupiter.api.Test;

/** The directory reads grants as every service does, from the registry's records. */
class ReplicatedAccessDirectoryTest {
    private final ReplicatedAccessDirectory directory = new ReplicatedAccessDirectory(Map.of());

    @Test
    void aRoleOfALaterVersionConfersNothingAndStopsNothing() {
        directory.apply(grant("g-1", "AUDITOR_OF_A_LATER_VERSION"));
        directory.apply(grant("g-2", "REPORT_VIEWER"));
        // Deny by default: the grant this version cannot read gives nothing; the one after it still applies.
        assertThat(directory.grantsOf("someone")).extracting(Grant::grantId).containsExactly("g-2");
    }

    private static ConsumerRecord<String, byte[]> grant(String grantId, String role) {
        String json = "{\"grantId\":\"" + grantId + "\",\"subject\":\"someone\",\"role\":\"" + role
                + "\",\"unitId\":\"u-1\",\"grantedBy\":\"admin\",\"grantedAt\":\"2026-01-01T00:00:00Z\"}";
        ConsumerRecord<String, byte[]> record = new ConsumerRecord<>("registry.access-grants", 0, 0, "someone",
                json.getBytes(StandardCharsets.UTF_8));
        record.headers().add(CloudEventHeaders.TYPE, EventTypes.ACCESS_GRANTED.ceType().getBytes(StandardCharsets.UTF_8));
        return record;
    }
}
