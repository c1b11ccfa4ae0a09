package org.cadretraining.platform.fuzz;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Values that satisfy a schema (the base a mutation starts from), and the schema's bounds. Everything random comes from
 * the one seeded {@link Random}.
 */
final class SchemaValues {
    static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final int MAX_DEPTH = 6;
    private final OpenApiModel model;
    private final Random random;
    private final Map<String, String> known;

    SchemaValues(OpenApiModel model, Random random, Map<String, String> known) {
        this.model = model;
        this.random = random;
        this.known = known;
    }

    /** A value the schema accepts, as far as the schema tells. */
    JsonNode valid(JsonNode schemaRef) {
        return valid(schemaRef, 0);
    }

    private JsonNode valid(JsonNode schemaRef, int depth) {
        JsonNode schema = model.resolve(schemaRef);
        if (schema.has("enum") && schema.path("enum").size() > 0) {
            JsonNode values = schema.path("enum");
            return values.get(random.nextInt(values.size())).deepCopy();
        }
        switch (OpenApiModel.type(schema)) {
            case "object": {
                ObjectNode object = NODES.objectNode();
                if (depth < MAX_DEPTH) {
                    for (Map.Entry<String, JsonNode> property : schema.path("properties").properties()) {
                        String value = known.get(property.getKey());
                        String type = OpenApiModel.type(model.resolve(property.getValue()));
                        boolean free = type.equals("string") && !model.resolve(property.getValue()).has("enum");
                        object.set(property.getKey(), value != null && free
                                ? NODES.stringNode(value) : valid(property.getValue(), depth + 1));
                    }
                }
                return object;
            }
            case "array": {
                ArrayNode array = NODES.arrayNode();
                int size = Math.max(1, schema.path("minItems").asInt(0));
                if (schema.has("maxItems")) {
                    size = Math.min(size, schema.path("maxItems").asInt());
                }
                Set<String> seen = new HashSet<>();
                for (int i = 0; i < size && depth < MAX_DEPTH; i++) {
                    JsonNode item = valid(schema.path("items"), depth + 1);
                    if (seen.add(item.toString()) || !schema.path("uniqueItems").asBoolean(false)) {
                        array.add(item);
                    }
                }
                return array;
            }
            case "integer":
                return NODES.numberNode(new BigInteger(validNumber(schema, true).toPlainString()));
            case "number":
                return NODES.numberNode(validNumber(schema, false));
            case "boolean":
                return NODES.booleanNode(false);
            case "string":
                return NODES.stringNode(validString(schema));
            default:
                return NODES.stringNode("fuzz");
        }
    }

    /** Inside the bounds: the middle of a closed range, else the bound, else 1. */
    static BigDecimal validNumber(JsonNode schema, boolean integral) {
        BigDecimal low = lower(schema);
        BigDecimal high = upper(schema);
        BigDecimal value;
        if (low != null && high != null) {
            value = low.add(high).divide(BigDecimal.valueOf(2));
        } else if (low != null) {
            value = low;
        } else if (high != null) {
            value = high.min(BigDecimal.ONE);
        } else {
            value = BigDecimal.ONE;
        }
        return integral ? new BigDecimal(value.toBigInteger()) : value;
    }

    /** The smallest value allowed (an exclusive bound moved inside by one), or null. */
    static BigDecimal lower(JsonNode schema) {
        if (schema.path("exclusiveMinimum").isNumber()) {
            return schema.path("exclusiveMinimum").decimalValue().add(BigDecimal.ONE);
        }
        if (schema.has("minimum")) {
            BigDecimal minimum = new BigDecimal(text(schema.path("minimum")));
            return schema.path("exclusiveMinimum").asBoolean(false) ? minimum.add(BigDecimal.ONE) : minimum;
        }
        return null;
    }

    static BigDecimal upper(JsonNode schema) {
        if (schema.path("exclusiveMaximum").isNumber()) {
            return schema.path("exclusiveMaximum").decimalValue().subtract(BigDecimal.ONE);
        }
        if (schema.has("maximum")) {
            BigDecimal maximum = new BigDecimal(text(schema.path("maximum")));
            return schema.path("exclusiveMaximum").asBoolean(false) ? maximum.subtract(BigDecimal.ONE) : maximum;
        }
        return null;
    }

    String validString(JsonNode schema) {
        String format = schema.path("format").asString("");
        switch (format) {
            case "uuid":
                return uuid().toString();
            case "date":
                return "2020-01-15";
            case "date-time":
                return "2020-01-15T08:00:00Z";
            case "binary":
                return "fuzz";
            default:
                break;
        }
        int min = schema.path("minLength").asInt(0);
        int max = schema.has("maxLength") ? schema.path("maxLength").asInt() : 40;
        if (schema.has("pattern")) {
            String matching = matching(text(schema.path("pattern")), min, max);
            if (matching != null) {
                return matching;
            }
        }
        int length = Math.max(min, Math.min(max, 8));
        StringBuilder text = new StringBuilder();
        while (text.length() < length) {
            text.append((char) ('A' + random.nextInt(26)));
        }
        return text.toString();
    }

    UUID uuid() {
        long most = (random.nextLong() & ~0xF000L) | 0x4000L;
        long least = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(most, least);
    }

    /** A string the pattern matches in full, within the lengths; null when the small generator cannot make one. */
    String matching(String regex, int min, int max) {
        Pattern pattern;
        try {
            pattern = Pattern.compile(regex);
        } catch (RuntimeException e) {
            return null;
        }
        for (int attempt = 0; attempt < 30; attempt++) {
            String candidate;
            try {
                candidate = new RegexSample(strip(regex), random).sample();
            } catch (RuntimeException unsupported) {
                return null;
            }
            if (candidate.length() >= min && candidate.length() <= max && pattern.matcher(candidate).matches()) {
                return candidate;
            }
        }
        return null;
    }

    /** A string within the lengths that the pattern does not match, or null. */
    static String notMatching(String regex, int min, int max) {
        Pattern pattern = Pattern.compile(regex);
        List<String> candidates = new ArrayList<>(List.of("!", "! !", "~~~~", "<>", "Ω", "..", "fuzz!", "?"));
        for (int length = Math.max(1, min); length <= Math.min(max, min + 4); length++) {
            candidates.add("!".repeat(length));
            candidates.add("~".repeat(length));
        }
        for (String candidate : candidates) {
            if (candidate.length() >= min && candidate.length() <= max && !pattern.matcher(candidate).matches()) {
                return candidate;
            }
        }
        return null;
    }

    private static String strip(String regex) {
        String r = regex;
        if (r.startsWith("^")) {
            r = r.substring(1);
        }
        if (r.endsWith("$") && !r.endsWith("\\$")) {
            r = r.substring(0, r.length() - 1);
        }
        return r;
    }

    static String text(JsonNode node) {
        return node.isValueNode() ? node.asString() : "";
    }

    /** Draws a string from a simple regular expression: literals, escapes, classes, groups, alternation, quantifiers. */
    private static final class RegexSample {
        private interface Node {
            void draw(Random random, StringBuilder out);
        }

        private final String regex;
        private final Random random;
        private int at;

        RegexSample(String regex, Random random) {
            this.regex = regex;
            this.random = random;
        }

        String sample() {
            Node node = alternation();
            if (at != regex.length()) {
                throw new IllegalArgumentException("unsupported pattern: " + regex);
            }
            StringBuilder out = new StringBuilder();
            node.draw(random, out);
            return out.toString();
        }

        private Node alternation() {
            List<Node> options = new ArrayList<>();
            options.add(sequence());
            while (at < regex.length() && regex.charAt(at) == '|') {
                at++;
                options.add(sequence());
            }
            return (r, out) -> options.get(r.nextInt(options.size())).draw(r, out);
        }

        private Node sequence() {
            List<Node> parts = new ArrayList<>();
            while (at < regex.length() && regex.charAt(at) != '|' && regex.charAt(at) != ')') {
                parts.add(quantified(atom()));
            }
            return (r, out) -> parts.forEach(part -> part.draw(r, out));
        }

        private Node quantified(Node atom) {
            if (at >= regex.length()) {
                return atom;
            }
            int low;
            int high;
            char c = regex.charAt(at);
            if (c == '?') {
                low = 0;
                high = 1;
                at++;
            } else if (c == '*') {
                low = 0;
                high = 3;
                at++;
            } else if (c == '+') {
                low = 1;
                high = 3;
                at++;
            } else if (c == '{') {
                int close = regex.indexOf('}', at);
                String[] bounds = regex.substring(at + 1, close).split(",", -1);
                low = Integer.parseInt(bounds[0].trim());
                high = bounds.length == 1 ? low : bounds[1].isBlank() ? low + 3 : Integer.parseInt(bounds[1].trim());
                high = Math.min(high, low + 3);
                at = close + 1;
            } else {
                return atom;
            }
            if (at < regex.length() && (regex.charAt(at) == '?' || regex.charAt(at) == '+')) {
                at++; // lazy or possessive: the same strings
            }
            int min = low;
            int max = high;
            return (r, out) -> {
                int times = min + r.nextInt(max - min + 1);
                for (int i = 0; i < times; i++) {
                    atom.draw(r, out);
                }
            };
        }

        private Node atom() {
            char c = regex.charAt(at);
            if (c == '(') {
                at++;
                if (regex.startsWith("?:", at)) {
                    at += 2;
                } else if (regex.charAt(at) == '?') {
                    throw new IllegalArgumentException("unsupported group");
                }
                Node inner = alternation();
                if (at >= regex.length() || regex.charAt(at) != ')') {
                    throw new IllegalArgumentException("unclosed group");
                }
                at++;
                return inner;
            }
            List<Character> chars = c == '[' ? charClass() : single();
            return (r, out) -> out.append(chars.get(r.nextInt(chars.size())));
        }

        private List<Character> single() {
            char c = regex.charAt(at++);
            if (c == '\\') {
                return escape(regex.charAt(at++));
            }
            if (c == '.') {
                return List.of('a', 'b', 'x');
            }
            return List.of(c);
        }

        private static List<Character> escape(char e) {
            List<Character> chars = new ArrayList<>();
            switch (e) {
                case 'd':
                    for (char d = '0'; d <= '9'; d++) {
                        chars.add(d);
                    }
                    return chars;
                case 'w':
                    for (char d = 'a'; d <= 'z'; d++) {
                        chars.add(d);
                    }
                    return chars;
                case 's':
                    return List.of(' ');
                default:
                    if (Character.isLetterOrDigit(e)) {
                        throw new IllegalArgumentException("unsupported escape \\" + e);
                    }
                    return List.of(e);
            }
        }

        private List<Character> charClass() {
            at++; // '['
            if (regex.charAt(at) == '^') {
                throw new IllegalArgumentException("negated class");
            }
            List<Character> chars = new ArrayList<>();
            boolean first = true;
            while (first || regex.charAt(at) != ']') {
                first = false;
                char c = regex.charAt(at);
                if (c == '\\') {
                    chars.addAll(escape(regex.charAt(at + 1)));
                    at += 2;
                } else if (at + 2 < regex.length() && regex.charAt(at + 1) == '-' && regex.charAt(at + 2) != ']') {
                    for (char x = c; x <= regex.charAt(at + 2); x++) {
                        chars.add(x);
                    }
                    at += 3;
                } else {
                    chars.add(c);
                    at++;
                }
            }
            at++; // ']'
            return chars;
        }
    }
}
