package org.cadretraining.agency.reference;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** The consumer's judgement of a record, from the published contract alone. */
class RecordCheckTest {
    private static final String PROFILE = "org.cadretraining.agency.CadreProfilePublished.v1";
    private final RecordCheck check = new RecordCheck(Map.of("agency.cadres", "/cadre-registry-service"),
            Map.of("agency.cadres", List.of(PROFILE)));

    private static byte[] profile(String gender, String cohort) {
        return ("{\"cadreId\":\"c-1\",\"unitId\":\"u-1\",\"birthCohort\":\"" + cohort + "\",\"gender\":\"" + gender
                + "\",\"managementTier\":\"UNIT\",\"levels\":{\"professional\":\"UNIVERSITY\",\"politicalTheory\":\"NONE\","
                + "\"stateManagement\":\"NONE\"},\"publishedAt\":\"2026-11-30T00:00:00Z\"}").getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void aSnapshotFromTheOwnerThatPassesItsSchemaIsApplied() {
        assertThat(check.check("agency.cadres", PROFILE, "/cadre-registry-service", profile("FEMALE", "1985-1989")))
                .isInstanceOfSatisfying(RecordCheck.Apply.class,
                        apply -> assertThat(apply.payload().path("birthCohort").asString()).isEqualTo("1985-1989"));
    }

    @Test
    void aRecordFromAnyoneButTheTopicsOwnerIsRefused() {
        assertThat(check.check("agency.cadres", PROFILE, "/enrollment-service", profile("FEMALE", "1985-1989")))
                .isInstanceOfSatisfying(RecordCheck.Reject.class,
                        reject -> assertThat(reject.reason()).contains("not the topic's owner"));
    }

    @Test
    void aPayloadThatBreaksTheSchemaIsRefusedButANewEnumerationValueIsNot() {
        byte[] missing = "{\"cadreId\":\"c-1\"}".getBytes(StandardCharsets.UTF_8);
        assertThat(check.check("agency.cadres", PROFILE, "/cadre-registry-service", missing)).isInstanceOf(RecordCheck.Reject.class);
        assertThat(check.check("agency.cadres", PROFILE, "/cadre-registry-service", "not json".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(RecordCheck.Reject.class);
        // An enumeration grows without a new version: a gender value this schema does not list yet passes.
        assertThat(check.check("agency.cadres", PROFILE, "/cadre-registry-service", profile("UNSPECIFIED", "1985-1989")))
                .isInstanceOf(RecordCheck.Apply.class);
    }

    @Test
    void aTombstoneRemovesAndANewerTypeIsPassedOver() {
        assertThat(check.check("agency.cadres", PROFILE, "/cadre-registry-service", null)).isInstanceOf(RecordCheck.Remove.class);
        assertThat(check.check("agency.cadres", "org.cadretraining.agency.CadreProfilePublished.v2", "/cadre-registry-service",
                profile("FEMALE", "1985-1989"))).isInstanceOf(RecordCheck.Skip.class);
        assertThat(check.check("agency.training", PROFILE, "/cadre-registry-service", null)).isInstanceOf(RecordCheck.Reject.class);
    }
}
