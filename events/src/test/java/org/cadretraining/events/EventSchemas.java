package org.cadretraining.events;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.victools.jsonschema.generator.Option;
import com.github.victools.jsonschema.generator.OptionPreset;
import com.github.victools.jsonschema.generator.SchemaGenerator;
import com.github.victools.jsonschema.generator.SchemaGeneratorConfigBuilder;
import com.github.victools.jsonschema.generator.SchemaVersion;

/** Generates the JSON Schema of an event payload from its record, the way the golden files were made. */
final class EventSchemas {
    private static final SchemaGenerator GENERATOR = generator();

    private EventSchemas() {
    }

    static ObjectNode generate(EventType<?> type) {
        ObjectNode schema = GENERATOR.generateSchema(type.payloadType());
        schema.put("$id", type.dataSchema());
        schema.put("title", type.ceType());
        schema.put("x-topic", type.topic().name());
        schema.put("x-key", type.topic().keyField());
        return schema;
    }

    private static SchemaGenerator generator() {
        SchemaGeneratorConfigBuilder config = new SchemaGeneratorConfigBuilder(SchemaVersion.DRAFT_2020_12, OptionPreset.PLAIN_JSON)
                .with(Option.INLINE_ALL_SCHEMAS, Option.FLATTENED_ENUMS, Option.STANDARD_FORMATS);
        // Open content model: readers of v1 must accept the optional fields later versions add.
        // Every field is required unless the record marks it @OptionalField.
        config.forFields().withRequiredCheck(field -> field.getAnnotationConsideringFieldAndGetter(OptionalField.class) == null);
        return new SchemaGenerator(config.build());
    }
}
