package org.cadretraining.registry.cadres;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class SensitiveFieldsTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void aMaskedNationalIdKeepsItsLastThreeDigits() {
        assertThat(SensitiveFields.maskNationalId("011188123456")).isEqualTo("*********456");
        assertThat(SensitiveFields.maskNationalId("12")).isEqualTo("12");
        assertThat(SensitiveFields.maskNationalId(null)).isNull();
    }

    @Test
    void maskingAJsonSnapshotWithholdsTheSensitiveFieldsWhereverTheyAreAndNamesThem() {
        JsonNode before = JSON.readTree("""
                {"id":"c1","nationalId":"011188123456","fullName":"Lò Thị Hương","ethnicity":"THAI","partyMember":true,
                 "partyJoinDate":"2012-05-19","nested":[{"nationalId":"012088000111"}]}""");
        SensitiveFields.Masked masked = SensitiveFields.mask(before);
        assertThat(masked.fields()).containsExactly("nationalId", "ethnicity", "partyMember", "partyJoinDate");
        assertThat(masked.value().path("nationalId").asString()).isEqualTo("*********456");
        assertThat(masked.value().path("nested").get(0).path("nationalId").asString()).isEqualTo("*********111");
        assertThat(masked.value().path("ethnicity").isNull()).isTrue();
        assertThat(masked.value().path("partyMember").isNull()).isTrue();
        assertThat(masked.value().path("fullName").asString()).isEqualTo("Lò Thị Hương");
        assertThat(before.path("nationalId").asString()).as("the original is untouched").isEqualTo("011188123456");
    }

    @Test
    void aSnapshotWithoutSensitiveFieldsMasksNothing() {
        SensitiveFields.Masked masked = SensitiveFields.mask(JSON.readTree("{\"ladder\":\"PROFESSIONAL\",\"level\":\"MASTER\"}"));
        assertThat(masked.fields()).isEmpty();
        assertThat(SensitiveFields.mask(null).fields()).isEmpty();
    }
}
