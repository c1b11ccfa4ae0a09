package org.cadretraining.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The committed schemas under {@code src/main/resources/schemas} are the published contract. The build fails when an
 * event record changes in a way that is not additive. Run with {@code -Dschemas.update=true} to write the schemas of
 * new types or additive changes.
 */
class EventSchemaContractTest {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final Path SCHEMAS = Path.of(System.getProperty("schemas.dir", "src/main/resources/schemas"));
    private static final boolean UPDATE = Boolean.getBoolean("schemas.update");

    @TestFactory
    Stream<DynamicTest> everyEventTypeMatchesItsPublishedSchemaOrOnlyAddsToIt() {
        return EventTypes.all().stream().map(type -> DynamicTest.dynamicTest(type.ceType(), () -> {
            ObjectNode generated = EventSchemas.generate(type);
            Path golden = SCHEMAS.resolve(type.ceType() + ".json");
            if (UPDATE) {
                if (Files.exists(golden)) {
                    assertThat(SchemaCompatibility.breakingChanges(JSON.readTree(golden.toFile()), generated))
                            .as("refusing to overwrite %s with a breaking change", golden).isEmpty();
                }
                Files.createDirectories(SCHEMAS);
                Files.writeString(golden, JSON.writeValueAsString(generated) + "\n");
            }
            assertThat(golden).as("no published schema for %s: run the build once with -Dschemas.update=true", type.ceType()).exists();
            JsonNode published = JSON.readTree(golden.toFile());
            assertThat(SchemaCompatibility.breakingChanges(published, generated))
                    .as("%s changed in a way that is not additive; publish a new version (v%d) instead", type.ceType(), type.version() + 1)
                    .isEmpty();
        }));
    }

    @TestFactory
    Stream<DynamicTest> everyPublishedSchemaStillHasItsEventType() throws IOException {
        try (Stream<Path> files = Files.list(SCHEMAS)) {
            return files.toList().stream().map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> {
                String ceType = file.getFileName().toString().replaceFirst("\\.json$", "");
                assertThat(EventTypes.byCeType(ceType)).as("published type %s was removed from the catalogue", ceType).isPresent();
            }));
        }
    }
}
