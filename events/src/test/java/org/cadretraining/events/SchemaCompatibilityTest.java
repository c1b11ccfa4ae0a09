package org.cadretraining.events;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class SchemaCompatibilityTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static final String PUBLISHED = """
            {"type":"object","required":["id","level"],
             "properties":{"id":{"type":"string"},"level":{"type":"string","enum":["NONE","HIGH"]},
                           "note":{"type":"string"},"tags":{"type":"array","items":{"type":"string"}}}}""";

    @Test
    void anIdenticalSchemaIsCompatible() throws Exception {
        assertThat(SchemaCompatibility.breakingChanges(json(PUBLISHED), json(PUBLISHED))).isEmpty();
    }

    @Test
    void aNewOptionalPropertyAndANewEnumValueAreAdditive() throws Exception {
        String candidate = PUBLISHED.replace("\"NONE\",\"HIGH\"", "\"NONE\",\"LOW\",\"HIGH\"")
                .replace("\"note\":{\"type\":\"string\"}", "\"note\":{\"type\":\"string\"},\"extra\":{\"type\":\"integer\"}");
        assertThat(SchemaCompatibility.breakingChanges(json(PUBLISHED), json(candidate))).isEmpty();
    }

    @Test
    void removingAPropertyBreaks() throws Exception {
        String candidate = PUBLISHED.replace("\"note\":{\"type\":\"string\"},", "");
        assertThat(SchemaCompatibility.breakingChanges(json(PUBLISHED), json(candidate))).containsExactly("$.note: property removed");
    }

    @Test
    void changingATypeBreaks() throws Exception {
        String candidate = PUBLISHED.replace("\"id\":{\"type\":\"string\"}", "\"id\":{\"type\":\"integer\"}");
        assertThat(SchemaCompatibility.breakingChanges(json(PUBLISHED), json(candidate))).singleElement().asString().startsWith("$.id: type changed");
    }

    @Test
    void removingAnEnumValueBreaks() throws Exception {
        String candidate = PUBLISHED.replace("\"NONE\",\"HIGH\"", "\"NONE\"");
        assertThat(SchemaCompatibility.breakingChanges(json(PUBLISHED), json(candidate))).containsExactly("$.level: enum value HIGH removed");
    }

    @Test
    void aNewRequiredPropertyOrAnOptionalOneMadeRequiredBreaks() throws Exception {
        String candidate = PUBLISHED.replace("\"required\":[\"id\",\"level\"]", "\"required\":[\"id\",\"level\",\"note\",\"added\"]")
                .replace("\"note\":{\"type\":\"string\"}", "\"note\":{\"type\":\"string\"},\"added\":{\"type\":\"string\"}");
        assertThat(SchemaCompatibility.breakingChanges(json(PUBLISHED), json(candidate))).containsExactlyInAnyOrder(
                "$.note: optional property became required", "$.added: new property is required; mark it @OptionalField");
    }

    @Test
    void changingTheItemTypeOfAnArrayBreaks() throws Exception {
        String candidate = PUBLISHED.replace("\"items\":{\"type\":\"string\"}", "\"items\":{\"type\":\"object\"}");
        assertThat(SchemaCompatibility.breakingChanges(json(PUBLISHED), json(candidate))).singleElement().asString().startsWith("$.tags[]: type changed");
    }

    private static final String CLASSIFIED = """
            {"type":"object","required":["id","name"],"description":"An event.",
             "properties":{"id":{"type":"string","description":"The id.","x-classification":"personal"},
                           "name":{"type":"string","description":"The name.","x-classification":"public"},
                           "seats":{"type":"array","description":"Seats.","x-classification":"sensitive",
                                    "items":{"type":"object","properties":{"term":{"type":"integer","description":"A term.","x-classification":"sensitive"}}}}}}""";

    @Test
    void describingAndClassifyingPublishedPropertiesAndRewordingDescriptionsAreNotBreaking() throws Exception {
        String unclassified = CLASSIFIED.replaceAll(",?\\s*\"(description|x-classification)\":\"[^\"]*\"", "");
        assertThat(unclassified).doesNotContain("description", "x-classification");
        assertThat(SchemaCompatibility.breakingChanges(json(unclassified), json(CLASSIFIED))).isEmpty();
        String reworded = CLASSIFIED.replace("The name.", "The unit's name, in Vietnamese.").replace("\"An event.\"", "\"A unit event.\"");
        assertThat(SchemaCompatibility.breakingChanges(json(CLASSIFIED), json(reworded))).isEmpty();
    }

    @Test
    void tighteningAClassificationIsAllowed() throws Exception {
        String tightened = CLASSIFIED.replace("\"The name.\",\"x-classification\":\"public\"", "\"The name.\",\"x-classification\":\"personal\"")
                .replace("\"The id.\",\"x-classification\":\"personal\"", "\"The id.\",\"x-classification\":\"sensitive\"");
        assertThat(tightened).isNotEqualTo(CLASSIFIED);
        assertThat(SchemaCompatibility.breakingChanges(json(CLASSIFIED), json(tightened))).isEmpty();
    }

    @Test
    void looseningRemovingOrMisspellingAClassificationBreaks() throws Exception {
        String loosened = CLASSIFIED.replace("\"A term.\",\"x-classification\":\"sensitive\"", "\"A term.\",\"x-classification\":\"public\"")
                .replace("\"The id.\",\"x-classification\":\"personal\"", "\"The id.\"")
                .replace("\"The name.\",\"x-classification\":\"public\"", "\"The name.\",\"x-classification\":\"open\"");
        assertThat(SchemaCompatibility.breakingChanges(json(CLASSIFIED), json(loosened))).containsExactlyInAnyOrder(
                "$.seats[].term: classification loosened from sensitive to public",
                "$.id: classification personal removed",
                "$.name: classification open is not one of public, personal, sensitive");
    }

    @Test
    void theGeneratedSchemaOfARealEventMarksOptionalFieldsAsNotRequired() {
        JsonNode schema = EventSchemas.generate(EventTypes.CADRE_TRANSFERRED);
        assertThat(schema.path("required").toString()).contains("cadreId", "toUnitId").doesNotContain("reason");
        assertThat(schema.path("properties").path("effectiveDate").path("format").asText()).isEqualTo("date");
    }

    private static JsonNode json(String text) throws Exception {
        return JSON.readTree(text);
    }
}
