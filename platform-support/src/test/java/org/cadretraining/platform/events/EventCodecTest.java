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

    @Test
    void aValueOfALaterVersionReadsAsTheContractSaysAndIsNamed() {
        String json = """
                {"cadreId":"c-1","unitId":"u-1","fullName":"Lò Văn A","birthDate":"1980-01-01","gender":"UNSPECIFIED",
                 "ethnicMinority":true,"managementTier":"NATIONAL","status":"SECONDED",
                 "levels":{"professional":"POSTDOCTORAL","politicalTheory":"ADVANCED","stateManagement":"NONE"},
                 "registeredAt":"2026-01-01T00:00:00Z",
                 "committeeMemberships":[{"committee":"COMMUNE_EXECUTIVE","termStart":2025,"termEnd":2030}]}
                """;
        EventCodec.Reading<org.cadretraining.events.registry.CadreRegistered> reading =
                EventCodec.read(json.getBytes(java.nio.charset.StandardCharsets.UTF_8),
                        org.cadretraining.events.registry.CadreRegistered.class);
        var cadre = reading.payload();
        // Absent where the contract has no reading of its own; NONE for a level that cannot be ranked.
        assertThat(cadre.gender()).isNull();
        assertThat(cadre.status()).isNull();
        assertThat(cadre.managementTier()).isNull();
        assertThat(cadre.levels().professional()).isEqualTo(org.cadretraining.events.vocabulary.ProfessionalLevel.NONE);
        assertThat(cadre.levels().politicalTheory()).isEqualTo(org.cadretraining.events.vocabulary.PoliticalTheoryLevel.ADVANCED);
        assertThat(cadre.committeeMemberships()).singleElement().satisfies(seat -> {
            assertThat(seat.committee()).isNull();
            assertThat(seat.termEnd()).isEqualTo(2030);
        });
        // Everything else is read as written, and each unknown value is named with where it was.
        assertThat(cadre.fullName()).isEqualTo("Lò Văn A");
        assertThat(reading.unrecognised()).extracting(Object::toString).containsExactly("/gender=UNSPECIFIED",
                "/managementTier=NATIONAL", "/status=SECONDED", "/levels/professional=POSTDOCTORAL",
                "/committeeMemberships/0/committee=COMMUNE_EXECUTIVE");
    }

    @Test
    void aMalformedValueIsStillRefused() {
        // Tolerance is for enumerations growing, not for a date or a number that is not one.
        String json = "{\"unitId\":\"u-1\",\"code\":\"11\",\"name\":\"X\",\"level\":\"PROVINCE\",\"createdAt\":\"yesterday\"}";
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> EventCodec.read(
                json.getBytes(java.nio.charset.StandardCharsets.UTF_8), UnitCreated.class))
                .isInstanceOf(tools.jackson.core.JacksonException.class);
    }
}
