package org.cadretraining.platform.fuzz;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.MissingNode;

/** The operations of a service as its OpenAPI description (springdoc's {@code /v3/api-docs}) states them. */
final class OpenApiModel {
    private final JsonNode document;

    OpenApiModel(JsonNode document) {
        this.document = document;
    }

    /** A path or query parameter. */
    record Param(String name, String in, boolean required, JsonNode schema) {
    }

    /** What an operation takes as its body: JSON or a multipart upload, and whether it may be left out. */
    record Body(String mediaType, JsonNode schema, boolean required) {
        boolean json() {
            return mediaType.toLowerCase(Locale.ROOT).contains("json");
        }

        boolean multipart() {
            return mediaType.toLowerCase(Locale.ROOT).startsWith("multipart/");
        }
    }

    record Operation(String method, String path, List<Param> params, Body body) {
        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    /** Every operation, in a stable order (so that a seed replays the same run). */
    List<Operation> operations() {
        List<Operation> operations = new ArrayList<>();
        for (Map.Entry<String, JsonNode> path : document.path("paths").properties()) {
            JsonNode shared = path.getValue().path("parameters");
            for (Map.Entry<String, JsonNode> method : path.getValue().properties()) {
                String verb = method.getKey().toUpperCase(Locale.ROOT);
                if (!List.of("GET", "POST", "PUT", "PATCH", "DELETE").contains(verb)) {
                    continue;
                }
                JsonNode op = method.getValue();
                List<Param> params = new ArrayList<>();
                for (JsonNode list : List.of(shared, op.path("parameters"))) {
                    for (JsonNode p : list) {
                        JsonNode param = resolve(p);
                        String in = param.path("in").asString();
                        if (in.equals("path") || in.equals("query")) {
                            params.add(new Param(param.path("name").asString(), in,
                                    in.equals("path") || param.path("required").asBoolean(false), resolve(param.path("schema"))));
                        }
                    }
                }
                operations.add(new Operation(verb, path.getKey(), params, body(op.path("requestBody"))));
            }
        }
        operations.sort(Comparator.comparing(Operation::path).thenComparing(Operation::method));
        return operations;
    }

    private Body body(JsonNode requestBody) {
        JsonNode body = resolve(requestBody);
        if (body.isMissingNode() || !body.path("content").isObject()) {
            return null;
        }
        Iterator<Map.Entry<String, JsonNode>> content = body.path("content").properties().iterator();
        Map.Entry<String, JsonNode> chosen = null;
        while (content.hasNext()) {
            Map.Entry<String, JsonNode> entry = content.next();
            // An upload when the operation takes one; else JSON, what the fuzzer knows best.
            if (chosen == null || entry.getKey().startsWith("multipart/")
                    || (entry.getKey().contains("json") && !chosen.getKey().startsWith("multipart/"))) {
                chosen = entry;
            }
        }
        if (chosen == null) {
            return null;
        }
        JsonNode schema = resolve(chosen.getValue().path("schema"));
        String mediaType = chosen.getKey();
        for (Map.Entry<String, JsonNode> property : schema.path("properties").properties()) {
            if ("binary".equals(resolve(property.getValue()).path("format").asString(""))) {
                // A file among the fields: whatever else the description lists, this is an upload.
                mediaType = "multipart/form-data";
            }
        }
        return new Body(mediaType, schema, body.path("required").asBoolean(false));
    }

    /** The schema or component a {@code $ref} names (and the single member of an {@code allOf}), else the node itself. */
    JsonNode resolve(JsonNode node) {
        JsonNode current = node;
        for (int hops = 0; hops < 20 && current != null; hops++) {
            if (current.has("$ref")) {
                String ref = current.path("$ref").asString();
                if (!ref.startsWith("#/")) {
                    return MissingNode.getInstance();
                }
                JsonNode target = document;
                for (String part : ref.substring(2).split("/")) {
                    target = target.path(part.replace("~1", "/").replace("~0", "~"));
                }
                current = target;
            } else if (current.has("allOf") && current.path("allOf").size() == 1 && !current.has("properties")) {
                current = current.path("allOf").get(0);
            } else if ((current.has("oneOf") || current.has("anyOf")) && !current.has("type")) {
                JsonNode options = current.has("oneOf") ? current.path("oneOf") : current.path("anyOf");
                JsonNode first = null;
                for (JsonNode option : options) {
                    if (!"null".equals(option.path("type").asString(""))) {
                        first = option;
                        break;
                    }
                }
                current = first == null ? MissingNode.getInstance() : first;
            } else {
                return current;
            }
        }
        return current == null ? MissingNode.getInstance() : current;
    }

    /** The schema's JSON type: OpenAPI 3.1 may list several ({@code ["string", "null"]}); the first that is not null. */
    static String type(JsonNode schema) {
        JsonNode type = schema.path("type");
        if (type.isArray()) {
            for (JsonNode t : type) {
                if (!"null".equals(t.asString())) {
                    return t.asString();
                }
            }
        } else if (type.isString()) {
            return type.asString();
        }
        if (schema.has("properties")) {
            return "object";
        }
        if (schema.has("items")) {
            return "array";
        }
        if (schema.has("enum")) {
            return "string";
        }
        return "";
    }
}
