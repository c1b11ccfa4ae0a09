package org.cadretraining.platform.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

/** The validator the end-to-end test relies on refuses what an agency's would, so that its silence means something. */
class PublishedSchemasTest {
    private static final String UNIT_CREATED = "org.cadretraining.registry.UnitCreated.v1";
    private final PublishedSchemas schemas = new PublishedSchemas();

    @Test
    void aPayloadAsPublishedPasses() {
        assertThat(schemas.problemOf(UNIT_CREATED, bytes("""
                {"unitId":"u-1","code":"11","name":"Tỉnh Điện Biên","level":"PROVINCE","createdAt":"2025-07-01T00:00:00Z",
                 "validFrom":"2025-07-01"}"""))).isNull();
    }

    @Test
    void anOptionalFieldSentAsNullFails() {
        // What every CadreQualificationRecorded looked like before payloads left such fields out.
        assertThat(schemas.problemOf(UNIT_CREATED, bytes("""
                {"unitId":"u-1","code":"11","name":"Tỉnh Điện Biên","level":"PROVINCE","createdAt":"2025-07-01T00:00:00Z",
                 "parentUnitId":null}"""))).contains("parentUnitId");
    }

    @Test
    void aMissingRequiredFieldAnUnknownValueAndABadDateFail() {
        assertThat(schemas.problemOf(UNIT_CREATED, bytes("""
                {"unitId":"u-1","name":"x","level":"PROVINCE","createdAt":"2025-07-01T00:00:00Z"}"""))).contains("code");
        assertThat(schemas.problemOf(UNIT_CREATED, bytes("""
                {"unitId":"u-1","code":"1","name":"x","level":"HAMLET","createdAt":"2025-07-01T00:00:00Z"}"""))).contains("level");
        assertThat(schemas.problemOf(UNIT_CREATED, bytes("""
                {"unitId":"u-1","code":"1","name":"x","level":"PROVINCE","createdAt":"2025-07-01T00:00:00Z","validFrom":"1/7/2025"}""")))
                .contains("validFrom");
    }

    @Test
    void anEventWithoutAPublishedTypeFails() {
        assertThat(schemas.problemOf("org.cadretraining.registry.Nothing.v1", bytes("{}"))).contains("no published schema");
        assertThat(schemas.problemOf(null, bytes("{}"))).contains("ce_type");
    }

    @Test
    void theDataSchemaAttributeMustNameThePublishedSchema() {
        assertThat(schemas.dataSchemaProblem(UNIT_CREATED, "https://cadretraining.org/schemas/" + UNIT_CREATED + ".json")).isNull();
        assertThat(schemas.dataSchemaProblem(UNIT_CREATED, null)).contains("ce_dataschema");
        assertThat(schemas.dataSchemaProblem(UNIT_CREATED, "https://cadretraining.org/schemas/org.cadretraining.registry.UnitCreated.v2.json"))
                .contains("not the schema's $id");
    }

    private static byte[] bytes(String json) {
        return json.getBytes(StandardCharsets.UTF_8);
    }
}
