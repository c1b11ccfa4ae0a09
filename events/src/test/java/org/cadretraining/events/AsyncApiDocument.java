package org.cadretraining.events;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The AsyncAPI 3.0 document of the contract, made from the topic catalogue, the event catalogue and the published
 * schemas (not from the records: the schemas are what agencies validate against). One channel per topic, one
 * message per event type with its CloudEvents headers and its payload schema as published, one receive operation
 * per topic: the platform's readers, and an agency's, receive.
 */
final class AsyncApiDocument {
    static final String VERSION = "3.0.0";
    /** The payload schemas are JSON Schema 2020-12, named by AsyncAPI's multi-format schema object. */
    static final String SCHEMA_FORMAT = "application/schema+json;version=draft-2020-12";
    private static final ObjectMapper JSON = new ObjectMapper();

    private AsyncApiDocument() {
    }

    static ObjectNode generate(Path schemas) {
        ObjectNode doc = JSON.createObjectNode();
        doc.put("asyncapi", VERSION);
        ObjectNode info = doc.putObject("info");
        info.put("title", "Cadre Training Platform events");
        info.put("version", "1");
        info.put("description", "The events a province's cadre training platform publishes: its units, its cadre "
                + "register, classes, nominations, enrollments, results and training plans. Binary-mode CloudEvents "
                + "1.0 on Kafka: the payload is the record value as JSON, the attributes are ce_* headers. Types are "
                + "versioned (…v1); a schema only ever gains optional fields and enumeration values, and a change "
                + "that is not additive is a new type version. See docs/agency-onboarding.md.");
        info.putObject("license").put("name", "Apache-2.0").put("url", "https://www.apache.org/licenses/LICENSE-2.0");
        doc.put("defaultContentType", CloudEventHeaders.JSON);
        ObjectNode servers = doc.putObject("servers");
        servers.putObject("local").put("host", "localhost:9092").put("protocol", "kafka")
                .put("description", "The local platform's embedded broker (java -jar local-platform.jar).");
        ObjectNode channels = doc.putObject("channels");
        ObjectNode operations = doc.putObject("operations");
        ObjectNode messages = JSON.createObjectNode();
        for (Topic topic : Topics.all()) {
            ObjectNode channel = channels.putObject(topic.name());
            channel.put("address", topic.name());
            channel.put("title", topic.name());
            if (topic.description() != null) {
                channel.put("description", topic.description());
            }
            ObjectNode channelMessages = channel.putObject("messages");
            ArrayNode operationMessages = JSON.createArrayNode();
            for (EventType<?> type : typesOn(topic)) {
                String id = messageId(type);
                channelMessages.putObject(id).put("$ref", "#/components/messages/" + id);
                operationMessages.addObject().put("$ref", "#/channels/" + escape(topic.name()) + "/messages/" + id);
                messages.set(id, message(type, schema(schemas, type)));
            }
            ObjectNode kafka = channel.putObject("bindings").putObject("kafka");
            kafka.put("topic", topic.name());
            kafka.put("partitions", topic.partitions());
            kafka.putObject("topicConfiguration").putArray("cleanup.policy").add(topic.compacted() ? "compact" : "delete");
            kafka.put("bindingVersion", "0.5.0");
            ObjectNode operation = operations.putObject("receive-" + topic.name().replace('.', '-'));
            operation.put("action", "receive");
            operation.putObject("channel").put("$ref", "#/channels/" + escape(topic.name()));
            operation.put("summary", "Read " + topic.name() + ", written only by " + topic.owner() + ".");
            operation.set("messages", operationMessages);
        }
        ObjectNode components = doc.putObject("components");
        components.set("messages", messages);
        return doc;
    }

    static List<EventType<?>> typesOn(Topic topic) {
        return EventTypes.all().stream().filter(type -> type.topic().equals(topic)).toList();
    }

    /** A component key: AsyncAPI allows only letters, digits, dots, hyphens and underscores. */
    static String messageId(EventType<?> type) {
        return type.ceType();
    }

    /** A JSON pointer token: the topic names hold no '~' or '/', so they stand as they are. */
    private static String escape(String token) {
        return token.replace("~", "~0").replace("/", "~1");
    }

    private static ObjectNode message(EventType<?> type, JsonNode schema) {
        ObjectNode message = JSON.createObjectNode();
        String simpleName = type.name().substring(type.name().lastIndexOf('.') + 1);
        message.put("name", simpleName);
        message.put("title", type.ceType());
        if (schema.hasNonNull("description")) {
            message.put("description", schema.get("description").asText());
        }
        message.put("contentType", CloudEventHeaders.JSON);
        message.set("headers", headers(type));
        ObjectNode payload = message.putObject("payload");
        payload.put("schemaFormat", SCHEMA_FORMAT);
        payload.set("schema", schema);
        ObjectNode key = message.putObject("bindings").putObject("kafka");
        key.putObject("key").put("type", "string").put("description", "The event's " + type.topic().keyField()
                + " (the record key: events with one key are in order).");
        key.put("bindingVersion", "0.5.0");
        return message;
    }

    /** The CloudEvents attributes of binary mode, as Kafka headers (UTF-8 text). */
    private static ObjectNode headers(EventType<?> type) {
        ObjectNode headers = JSON.createObjectNode();
        headers.put("type", "object");
        ObjectNode properties = headers.putObject("properties");
        properties.putObject(CloudEventHeaders.ID).put("type", "string")
                .put("description", "The event's id; a reader that has seen it before skips it (delivery is at least once).");
        properties.putObject(CloudEventHeaders.TYPE).put("type", "string").put("const", type.ceType());
        properties.putObject(CloudEventHeaders.SOURCE).put("type", "string").put("const", type.topic().source())
                .put("description", "The topic's owner, its only writer.");
        properties.putObject(CloudEventHeaders.SPEC_VERSION).put("type", "string").put("const", CloudEventHeaders.SPEC_VERSION_VALUE);
        properties.putObject(CloudEventHeaders.TIME).put("type", "string").put("format", "date-time")
                .put("description", "When the change the event records happened.");
        properties.putObject(CloudEventHeaders.DATA_SCHEMA).put("type", "string").put("const", type.dataSchema());
        properties.putObject(CloudEventHeaders.CONTENT_TYPE).put("type", "string").put("const", CloudEventHeaders.JSON);
        properties.putObject(CloudEventHeaders.SUBJECT).put("type", "string")
                .put("description", "The aggregate the event is about, where it names one.");
        properties.putObject(CloudEventHeaders.ACTOR).put("type", "string")
                .put("description", "Who made the change (the signed-in subject), where the producer names one.");
        ArrayNode required = headers.putArray("required");
        List.of(CloudEventHeaders.ID, CloudEventHeaders.TYPE, CloudEventHeaders.SOURCE, CloudEventHeaders.SPEC_VERSION,
                CloudEventHeaders.TIME, CloudEventHeaders.DATA_SCHEMA).forEach(required::add);
        return headers;
    }

    private static JsonNode schema(Path schemas, EventType<?> type) {
        try {
            return JSON.readTree(schemas.resolve(type.ceType() + ".json").toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
