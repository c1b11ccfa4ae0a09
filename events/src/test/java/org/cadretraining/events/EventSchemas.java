package org.cadretraining.events;

import java.util.Locale;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.victools.jsonschema.generator.FieldScope;
import com.github.victools.jsonschema.generator.Option;
import com.github.victools.jsonschema.generator.OptionPreset;
import com.github.victools.jsonschema.generator.SchemaGenerator;
import com.github.victools.jsonschema.generator.SchemaGeneratorConfigBuilder;
import com.github.victools.jsonschema.generator.SchemaVersion;

/**
 * Generates the JSON Schema of an event payload from its record, the way the golden files were made. Every property
 * carries the {@code description} and the {@code x-classification} of its {@link Property}, nested records' properties
 * too (they are inlined); the schema's own {@code description} is the payload's {@link EventDescription}. A component
 * or a payload without them is refused: nothing is published unclassified.
 */
final class EventSchemas {
    /** The keyword under which each property's {@link Classification} is published, in lower case. */
    static final String CLASSIFICATION = "x-classification";
    private static final SchemaGenerator GENERATOR = generator();

    private EventSchemas() {
    }

    static ObjectNode generate(EventType<?> type) {
        EventDescription description = type.payloadType().getAnnotation(EventDescription.class);
        if (description == null || description.value().isBlank()) {
            throw new IllegalStateException(type.payloadType().getName() + " has no @EventDescription: every published "
                    + "event type says what it records");
        }
        ObjectNode schema = GENERATOR.generateSchema(type.payloadType());
        schema.put("$id", type.dataSchema());
        schema.put("title", type.ceType());
        schema.put("description", description.value());
        schema.put("x-topic", type.topic().name());
        schema.put("x-key", type.topic().keyField());
        return schema;
    }

    /** How a classification is written in a schema. */
    static String published(Classification classification) {
        return classification.name().toLowerCase(Locale.ROOT);
    }

    /** The classification a schema node carries; empty when it carries none, or a value that is not one. */
    static Optional<Classification> classificationOf(JsonNode node) {
        String text = node.path(CLASSIFICATION).asText("");
        for (Classification classification : Classification.values()) {
            if (published(classification).equals(text)) {
                return Optional.of(classification);
            }
        }
        return Optional.empty();
    }

    private static SchemaGenerator generator() {
        SchemaGeneratorConfigBuilder config = new SchemaGeneratorConfigBuilder(SchemaVersion.DRAFT_2020_12, OptionPreset.PLAIN_JSON)
                .with(Option.INLINE_ALL_SCHEMAS, Option.FLATTENED_ENUMS, Option.STANDARD_FORMATS);
        // Open content model: readers of v1 must accept the optional fields later versions add.
        // Every field is required unless the record marks it @OptionalField.
        config.forFields().withRequiredCheck(field -> field.getAnnotationConsideringFieldAndGetter(OptionalField.class) == null);
        // The items of a list field are described by the list's property (and by their own record's properties).
        config.forFields().withDescriptionResolver(field -> field.isFakeContainerItemScope() ? null : property(field).description());
        config.forFields().withInstanceAttributeOverride((attributes, field, context) -> {
            if (!field.isFakeContainerItemScope()) {
                attributes.put(CLASSIFICATION, published(property(field).classification()));
            }
        });
        return new SchemaGenerator(config.build());
    }

    private static Property property(FieldScope field) {
        Property property = field.getAnnotationConsideringFieldAndGetter(Property.class);
        if (property == null || property.description().isBlank()) {
            throw new IllegalStateException(field.getDeclaringType().getErasedType().getName() + "." + field.getDeclaredName()
                    + " has no @Property with a description: every published field is classified and described");
        }
        return property;
    }
}
