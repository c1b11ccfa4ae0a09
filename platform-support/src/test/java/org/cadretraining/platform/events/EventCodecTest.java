package org.cadretraining.platform.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.cadretraining.events.registry.UnitCreated;
import org.cadretraining.events.vocabulary.UnitLevel;
import org.junit.jupiter.api.Test;

class EventCodecTest {
    private final UnitCreated province = new UnitCreated("u-1", "11", "Tỉnh Điện Biên", UnitLevel.PROVINCE, null,
            Instant.parse("2025-07-01T00:00:00Z"), null, null, null);

    @Test
    void aPublishedPayloadLeavesOutTheFieldsWithoutAValue() {
        String published = EventCodec.toPublishedText(province);
        assertThat(published).doesNotContain("null").doesNotContain("parentUnitId").contains("\"unitId\":\"u-1\"");
        // Read back, a missing field is null again: nothing is lost.
        assertThat(EventCodec.fromJson(published.getBytes(java.nio.charset.StandardCharsets.UTF_8), UnitCreated.class)).isEqualTo(province);
    }

    @Test
    void otherJsonKeepsItsNulls() {
        // Problem details and audit entries say "no value" explicitly; only the published contract leaves fields out.
        assertThat(EventCodec.toJsonText(province)).contains("\"parentUnitId\":null");
    }
}
