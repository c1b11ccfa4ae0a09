package org.cadretraining.agency.reference;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * What the consumer makes of one record, from the contract alone: the topic's owner must have sent it
 * ({@code ce_source}), its type must belong on the topic, and its payload must pass the type's published schema. A
 * value an enumeration of the schema does not list yet is let through: the contract adds values without a new
 * version, so a careful reader tolerates them.
 */
public final class RecordCheck {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final SchemaRegistry SCHEMAS = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
            builder -> builder.schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()));
    private final Map<String, String> sourceByTopic;
    private final Map<String, List<String>> typesByTopic;
    private final Map<String, Schema> schemas = new ConcurrentHashMap<>();

    /**
     * @param sourceByTopic the {@code ce_source} of each topic read: its owner
     * @param typesByTopic  the CloudEvents types this consumer knows on each topic
     */
    public RecordCheck(Map<String, String> sourceByTopic, Map<String, List<String>> typesByTopic) {
        this.sourceByTopic = Map.copyOf(sourceByTopic);
        this.typesByTopic = Map.copyOf(typesByTopic);
    }

    public sealed interface Verdict permits Apply, Remove, Skip, Reject {
    }

    /** A snapshot to keep. */
    public record Apply(String type, JsonNode payload) implements Verdict {
    }

    /** A tombstone: the key is gone from the feed, and so from the tables. */
    public record Remove() implements Verdict {
    }

    /** A type this consumer does not know (a newer one on the same topic): passed over. */
    public record Skip(String type) implements Verdict {
    }

    /** A record that breaks the contract: kept aside with its reason, never applied. */
    public record Reject(String reason) implements Verdict {
    }

    public Verdict check(String topic, String ceType, String ceSource, byte[] value) {
        String owner = sourceByTopic.get(topic);
        if (owner == null) {
            return new Reject("not a topic this consumer reads");
        }
        if (!owner.equals(ceSource)) {
            return new Reject("ce_source " + ceSource + " is not the topic's owner " + owner);
        }
        if (ceType == null) {
            return new Reject("no ce_type");
        }
        if (!typesByTopic.getOrDefault(topic, List.of()).contains(ceType)) {
            return new Skip(ceType);
        }
        if (value == null) {
            return new Remove();
        }
        String text = new String(value, StandardCharsets.UTF_8);
        List<Error> errors;
        try {
            errors = schemas.computeIfAbsent(ceType, RecordCheck::load).validate(text, InputFormat.JSON);
        } catch (RuntimeException e) {
            return new Reject("not JSON: " + e.getMessage());
        }
        List<Error> breaking = errors.stream().filter(error -> !"enum".equals(error.getKeyword())).toList();
        if (!breaking.isEmpty()) {
            return new Reject(breaking.stream().map(Error::getMessage).toList().toString());
        }
        return new Apply(ceType, JSON.readTree(text));
    }

    private static Schema load(String ceType) {
        try (InputStream in = RecordCheck.class.getClassLoader().getResourceAsStream("schemas/" + ceType + ".json")) {
            if (in == null) {
                throw new IllegalStateException("No published schema schemas/" + ceType + ".json on the classpath");
            }
            return SCHEMAS.getSchema(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
