package org.cadretraining.events;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Checks that a new schema only adds to a published one. A consumer built against the published schema must read
 * every event the new one allows, and a producer's events must still be readable: so no property may disappear or
 * change type, no enum value may disappear, no optional property may become required, and every new property is
 * optional.
 * <p>
 * Descriptions are documentation: adding or rewording one never breaks. A property's {@code x-classification} is a
 * promise about how much it says about a person, on which agencies base how they keep and share it (Decree 13/2023).
 * It may be set where there was none, or tightened (public to personal to sensitive: the platform found the data says
 * more than it declared, and must be able to say so at once); loosening or removing it breaks, as a consumer would go
 * on to treat data it was told is sensitive as less so. Loosening one is a new type version, decided on purpose.
 */
final class SchemaCompatibility {
    private SchemaCompatibility() {
    }

    static List<String> breakingChanges(JsonNode published, JsonNode candidate) {
        List<String> problems = new ArrayList<>();
        compare("$", published, candidate, problems);
        return problems;
    }

    private static void compare(String path, JsonNode published, JsonNode candidate, List<String> problems) {
        if (!published.path("type").equals(candidate.path("type"))) {
            problems.add(path + ": type changed from " + published.path("type") + " to " + candidate.path("type"));
            return;
        }
        if (published.has("format") && !published.path("format").equals(candidate.path("format"))) {
            problems.add(path + ": format changed from " + published.path("format") + " to " + candidate.path("format"));
        }
        if (published.has(EventSchemas.CLASSIFICATION)) {
            classification(path, published, candidate, problems);
        }
        if (published.has("enum")) {
            Set<String> values = texts(candidate.path("enum"));
            for (JsonNode value : published.path("enum")) {
                if (!values.contains(value.asText())) {
                    problems.add(path + ": enum value " + value.asText() + " removed");
                }
            }
        }
        JsonNode publishedProperties = published.path("properties");
        JsonNode candidateProperties = candidate.path("properties");
        publishedProperties.fieldNames().forEachRemaining(name -> {
            if (!candidateProperties.has(name)) {
                problems.add(path + "." + name + ": property removed");
            } else {
                compare(path + "." + name, publishedProperties.get(name), candidateProperties.get(name), problems);
            }
        });
        Set<String> publishedRequired = texts(published.path("required"));
        for (String required : texts(candidate.path("required"))) {
            if (!publishedRequired.contains(required)) {
                String why = publishedProperties.has(required) ? "optional property became required" : "new property is required; mark it @OptionalField";
                problems.add(path + "." + required + ": " + why);
            }
        }
        if (published.has("items")) {
            compare(path + "[]", published.path("items"), candidate.path("items"), problems);
        }
    }

    private static void classification(String path, JsonNode published, JsonNode candidate, List<String> problems) {
        String was = published.path(EventSchemas.CLASSIFICATION).asText();
        if (!candidate.has(EventSchemas.CLASSIFICATION)) {
            problems.add(path + ": classification " + was + " removed");
            return;
        }
        String now = candidate.path(EventSchemas.CLASSIFICATION).asText();
        Optional<Classification> before = EventSchemas.classificationOf(published);
        Optional<Classification> after = EventSchemas.classificationOf(candidate);
        if (after.isEmpty()) {
            problems.add(path + ": classification " + now + " is not one of public, personal, sensitive");
        } else if (before.isPresent() && after.get().compareTo(before.get()) < 0) { // declared PUBLIC < PERSONAL < SENSITIVE
            problems.add(path + ": classification loosened from " + was + " to " + now);
        }
    }

    private static Set<String> texts(JsonNode array) {
        Set<String> values = new HashSet<>();
        array.forEach(node -> values.add(node.asText()));
        return values;
    }
}
