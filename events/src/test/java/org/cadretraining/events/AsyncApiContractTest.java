package org.cadretraining.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import org.junit.jupiter.api.Test;

/**
 * The AsyncAPI document committed at {@code src/main/resources/asyncapi.json} is what the catalogue and the
 * published schemas make of it, and it is valid AsyncAPI 3.0.0. Run with {@code -Dasyncapi.update=true} to write it
 * after an (additive) change of the catalogue or the schemas.
 */
class AsyncApiContractTest {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final Path SCHEMAS = Path.of(System.getProperty("schemas.dir", "src/main/resources/schemas"));
    private static final Path GOLDEN = SCHEMAS.resolveSibling("asyncapi.json");
    private static final boolean UPDATE = Boolean.getBoolean("asyncapi.update");

    @Test
    void theCommittedDocumentIsTheOneTheCatalogueMakes() throws Exception {
        ObjectNode generated = AsyncApiDocument.generate(SCHEMAS);
        if (UPDATE) {
            Files.writeString(GOLDEN, JSON.writeValueAsString(generated) + "\n");
        }
        assertThat(GOLDEN).as("no AsyncAPI document: run the events build once with -Dasyncapi.update=true").exists();
        assertThat(JSON.readTree(GOLDEN.toFile()))
                .as("%s is stale: the catalogue or a schema changed; run with -Dasyncapi.update=true and commit it", GOLDEN)
                .isEqualTo(generated);
    }

    @Test
    void theDocumentIsValidAsyncApi3() throws Exception {
        Schema specification;
        try (InputStream in = getClass().getResourceAsStream("/asyncapi/asyncapi-3.0.0-schema.json")) {
            specification = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7).getSchema(in);
        }
        String document = JSON.writeValueAsString(AsyncApiDocument.generate(SCHEMAS));
        assertThat(specification.validate(document, InputFormat.JSON)).isEmpty();
        // The control: the same validator refuses a document that breaks the specification.
        ObjectNode broken = AsyncApiDocument.generate(SCHEMAS);
        ((ObjectNode) broken.get("operations").elements().next()).put("action", "consume");
        assertThat(specification.validate(JSON.writeValueAsString(broken), InputFormat.JSON)).isNotEmpty();
    }

    @Test
    void everyTypeIsAMessageOnItsTopicsChannelWithItsPublishedSchema() throws Exception {
        JsonNode document = AsyncApiDocument.generate(SCHEMAS);
        for (EventType<?> type : EventTypes.all()) {
            String id = AsyncApiDocument.messageId(type);
            assertThat(document.at("/channels/" + type.topic().name() + "/messages/" + id + "/$ref").asText())
                    .isEqualTo("#/components/messages/" + id);
            JsonNode message = document.at("/components/messages/" + id);
            assertThat(message.at("/payload/schema/$id").asText()).isEqualTo(type.dataSchema());
            assertThat(message.path("description").asText()).as("description of %s", id).isNotBlank()
                    .isEqualTo(message.at("/payload/schema/description").asText());
            assertThat(message.at("/headers/properties/ce_source/const").asText()).isEqualTo(type.topic().source());
            assertThat(message.at("/headers/properties/ce_dataschema/const").asText()).isEqualTo(type.dataSchema());
        }
        assertThat(document.get("channels").size()).isEqualTo(Topics.all().size());
        assertThat(document.at("/components/messages").size()).isEqualTo(EventTypes.all().size());
        assertThat(List.of(document.at("/channels/registry.access-grants/description").asText()))
                .allMatch(text -> text.contains("never for agencies"));
    }
}
