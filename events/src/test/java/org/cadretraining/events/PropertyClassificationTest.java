package org.cadretraining.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.cadretraining.events.Classification.PERSONAL;
import static org.cadretraining.events.Classification.PUBLIC;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every field of every event is classified and described, for an agency to onboard from the schemas alone and for a
 * reviewer to see what personal data a topic holds: each property of each published schema, nested ones included,
 * carries a description and an {@code x-classification}, and nothing nested says less about a person than the
 * property it sits in. The records are walked too, so that a component without {@link Property} cannot hide.
 */
class PropertyClassificationTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path SCHEMAS = Path.of(System.getProperty("schemas.dir", "src/main/resources/schemas"));
    /** While EventSchemaContractTest rewrites the published schemas, in the same run, they are not read here. */
    private static final boolean UPDATING = Boolean.getBoolean("schemas.update");

    @TestFactory
    Stream<DynamicTest> everyPropertyOfEveryPublishedSchemaIsClassifiedAndDescribed() {
        return EventTypes.all().stream().map(type -> DynamicTest.dynamicTest(type.ceType(), () -> {
            assertThat(unclassified(EventSchemas.generate(type))).as("generated schema of %s", type.ceType()).isEmpty();
            assumeFalse(UPDATING, "the published schemas are being rewritten");
            JsonNode published = JSON.readTree(SCHEMAS.resolve(type.ceType() + ".json").toFile());
            assertThat(unclassified(published)).as("published schema of %s (regenerate with -Dschemas.update=true)", type.ceType()).isEmpty();
        }));
    }

    @TestFactory
    Stream<DynamicTest> thePublishedSchemasSayWhatTheRecordsSay() {
        return EventTypes.all().stream().map(type -> DynamicTest.dynamicTest(type.ceType(), () -> {
            assumeFalse(UPDATING, "the published schemas are being rewritten");
            Map<String, String> published = annotations(JSON.readTree(SCHEMAS.resolve(type.ceType() + ".json").toFile()));
            Map<String, String> generated = annotations(EventSchemas.generate(type));
            generated.keySet().retainAll(published.keySet());
            assertThat(published).as("%s: a description or classification changed in the records but not in the published "
                    + "schema; run the events build with -Dschemas.update=true -Dasyncapi.update=true", type.ceType())
                    .containsAllEntriesOf(generated);
        }));
    }

    @TestFactory
    Stream<DynamicTest> noTopicForAgenciesCarriesASensitiveField() {
        return EventTypes.all().stream().filter(type -> type.topic().audience() != Audience.INTERNAL)
                .map(type -> DynamicTest.dynamicTest(type.ceType(), () ->
                        assertThat(sensitive(EventSchemas.generate(type))).as("sensitive fields on %s, which %s read",
                                type.topic().name(), type.topic().audience()).isEmpty()));
    }

    @Test
    void theInternalCadreTopicDoesCarrySensitiveFieldsSoTheRuleAboveCanFail() {
        assertThat(sensitive(EventSchemas.generate(EventTypes.CADRE_REGISTERED)))
                .contains("$.ethnicMinority", "$.committeeMemberships", "$.committeeMemberships[].committee");
        assertThat(EventTypes.all()).anyMatch(type -> type.topic().audience() == Audience.AGENCY);
    }

    @TestFactory
    Stream<DynamicTest> everyComponentOfEveryPayloadRecordCarriesProperty() {
        return EventTypes.all().stream().map(type -> DynamicTest.dynamicTest(type.ceType(), () -> {
            assertThat(type.payloadType().getAnnotation(EventDescription.class)).as("@EventDescription of %s", type.payloadType()).isNotNull();
            assertThat(componentsWithoutProperty(type.payloadType())).isEmpty();
        }));
    }

    @Test
    void theSchemasSayWhatEachFieldIsAndHowItIsClassified() {
        JsonNode registered = EventSchemas.generate(EventTypes.CADRE_REGISTERED);
        assertThat(registered.path("description").asText()).contains("never the national ID");
        assertThat(registered.at("/properties/unitId/x-classification").asText()).isEqualTo("public");
        assertThat(registered.at("/properties/unitId/description").asText()).contains("registry.units");
        assertThat(registered.at("/properties/fullName/x-classification").asText()).isEqualTo("personal");
        assertThat(registered.at("/properties/ethnicMinority/x-classification").asText()).isEqualTo("sensitive");
        assertThat(registered.at("/properties/committeeMemberships/x-classification").asText()).isEqualTo("sensitive");
        assertThat(registered.at("/properties/committeeMemberships/items/properties/termStart/x-classification").asText()).isEqualTo("sensitive");
        assertThat(registered.at("/properties/levels/properties/politicalTheory/x-classification").asText()).isEqualTo("personal");
        JsonNode approved = EventSchemas.generate(EventTypes.TRAINING_PLAN_APPROVED);
        assertThat(approved.at("/properties/quotas/items/properties/allocations/items/properties/seats/description").asText()).isNotBlank();
    }

    @Test
    void aComponentWithoutPropertyIsRefusedByTheGeneratorAndFoundByTheWalk() {
        assertThatThrownBy(() -> EventSchemas.generate(testType(Unclassified.class)))
                .hasStackTraceContaining(Unclassified.class.getName() + ".note has no @Property");
        assertThatThrownBy(() -> EventSchemas.generate(testType(Outer.class)))
                .hasStackTraceContaining(Inner.class.getName() + ".code has no @Property");
        assertThatThrownBy(() -> EventSchemas.generate(testType(Undescribed.class))).hasMessageContaining("has no @EventDescription");
        assertThat(componentsWithoutProperty(Unclassified.class)).containsExactly(Unclassified.class.getSimpleName() + ".note");
        assertThat(componentsWithoutProperty(Outer.class)).containsExactly(Inner.class.getSimpleName() + ".code");
    }

    @Test
    void theWalkFindsAMissingDescriptionAnUnknownClassAndANestedFieldClassifiedBelowItsContainer() throws Exception {
        JsonNode schema = JSON.readTree("""
                {"type":"object","description":"An event.","properties":{
                  "id":{"type":"string","description":"The id.","x-classification":"personal"},
                  "note":{"type":"string","x-classification":"public"},
                  "code":{"type":"string","description":"A code.","x-classification":"secret"},
                  "seats":{"type":"array","description":"Seats.","x-classification":"sensitive",
                           "items":{"type":"object","properties":{"term":{"type":"integer","description":"A term.","x-classification":"public"}}}}}}""");
        assertThat(unclassified(schema)).containsExactlyInAnyOrder(
                "$.note: no description",
                "$.code: x-classification \"secret\" is not one of public, personal, sensitive",
                "$.seats[].term: classified public inside a property classified sensitive");
        assertThat(unclassified(JSON.readTree("{\"type\":\"object\",\"properties\":{}}"))).containsExactly("$: no description");
    }

    /** What is missing or wrong in a schema's descriptions and classifications, by path; empty when nothing is. */
    static List<String> unclassified(JsonNode schema) {
        List<String> problems = new ArrayList<>();
        if (schema.path("description").asText("").isBlank()) {
            problems.add("$: no description");
        }
        walk("$", schema, null, problems);
        return problems;
    }

    private static void walk(String path, JsonNode node, Classification enclosing, List<String> problems) {
        JsonNode properties = node.path("properties");
        properties.fieldNames().forEachRemaining(name -> {
            String at = path + "." + name;
            JsonNode property = properties.get(name);
            if (property.path("description").asText("").isBlank()) {
                problems.add(at + ": no description");
            }
            Optional<Classification> classification = EventSchemas.classificationOf(property);
            if (classification.isEmpty()) {
                problems.add(at + ": " + EventSchemas.CLASSIFICATION + " " + property.path(EventSchemas.CLASSIFICATION)
                        + " is not one of public, personal, sensitive");
            } else if (enclosing != null && classification.get().compareTo(enclosing) < 0) {
                problems.add(at + ": classified " + EventSchemas.published(classification.get()) + " inside a property classified "
                        + EventSchemas.published(enclosing));
            }
            walk(at, property, classification.orElse(enclosing), problems);
        });
        if (node.has("items")) {
            walk(path + "[]", node.get("items"), enclosing, problems);
        }
    }

    /** The paths of the properties, nested ones included, classified sensitive. */
    private static List<String> sensitive(JsonNode schema) {
        Map<String, String> annotations = annotations(schema);
        String suffix = " " + EventSchemas.CLASSIFICATION;
        return annotations.entrySet().stream()
                .filter(e -> e.getKey().endsWith(suffix) && e.getValue().equals(EventSchemas.published(Classification.SENSITIVE)))
                .map(e -> e.getKey().substring(0, e.getKey().length() - suffix.length())).toList();
    }

    /** The description and classification of the schema and of each of its properties, by path. */
    private static Map<String, String> annotations(JsonNode schema) {
        Map<String, String> annotations = new TreeMap<>();
        annotations.put("$ description", schema.path("description").asText(""));
        collectAnnotations("$", schema, annotations);
        return annotations;
    }

    private static void collectAnnotations(String path, JsonNode node, Map<String, String> annotations) {
        JsonNode properties = node.path("properties");
        properties.fieldNames().forEachRemaining(name -> {
            JsonNode property = properties.get(name);
            annotations.put(path + "." + name + " description", property.path("description").asText(""));
            annotations.put(path + "." + name + " " + EventSchemas.CLASSIFICATION, property.path(EventSchemas.CLASSIFICATION).asText(""));
            collectAnnotations(path + "." + name, property, annotations);
        });
        if (node.has("items")) {
            collectAnnotations(path + "[]", node.get("items"), annotations);
        }
    }

    /** The components, of the record and of the records it holds (directly or in lists), without a {@link Property}. */
    static List<String> componentsWithoutProperty(Class<?> record) {
        List<String> missing = new ArrayList<>();
        collect(record, new HashSet<>(), missing);
        return missing;
    }

    private static void collect(Class<?> record, Set<Class<?>> seen, List<String> missing) {
        if (!record.isRecord() || !seen.add(record)) {
            return;
        }
        for (RecordComponent component : record.getRecordComponents()) {
            Property property = component.getAnnotation(Property.class);
            if (property == null || property.description().isBlank()) {
                missing.add(record.getSimpleName() + "." + component.getName());
            }
            collect(component.getType(), seen, missing);
            if (component.getGenericType() instanceof ParameterizedType generic) {
                for (Type argument : generic.getActualTypeArguments()) {
                    if (argument instanceof Class<?> element) {
                        collect(element, seen, missing);
                    }
                }
            }
        }
    }

    private static <T> EventType<T> testType(Class<T> payload) {
        return new EventType<>("org.cadretraining.test." + payload.getSimpleName(), 1, payload, Topics.UNITS);
    }

    @EventDescription("A test event with a field nobody classified.")
    record Unclassified(@Property(classification = PUBLIC, description = "An id.") String id, String note) {
    }

    @EventDescription("A test event whose nested record has a field nobody classified.")
    record Outer(@Property(classification = PERSONAL, description = "The inner records.") List<Inner> inners) {
    }

    record Inner(String code) {
    }

    record Undescribed(@Property(classification = PUBLIC, description = "An id.") String id) {
    }
}
