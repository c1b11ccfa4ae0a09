package org.cadretraining.platform.fuzz;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;

import org.cadretraining.platform.fuzz.OpenApiModel.Body;
import org.cadretraining.platform.fuzz.OpenApiModel.Operation;
import org.cadretraining.platform.fuzz.OpenApiModel.Param;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Makes the bad requests for one operation from its description. Every request is invalid by the description itself
 * (a wrong type, a value out of its bounds, too long, not one of the enumeration, malformed, too large, of the wrong
 * media type): a service that does what it describes refuses each with a 4xx, and writes nothing.
 */
final class CaseGenerator {
    static final Set<Integer> BAD_REQUEST = Set.of(400);
    static final Set<Integer> TOO_LARGE = Set.of(413);
    static final Set<Integer> NOT_READABLE = Set.of(400, 415);
    /** Deep enough to pass any parser's default of a few hundred levels. */
    static final int DEEP = 5000;
    /** A stand-in for raw text (a bare NaN, a huge number, deep nesting) in a tree that is then written as JSON. */
    private static final String RAW = "\u0000raw\u0000";
    private static final String URL_SAFE_MAX = "6000";

    private final OpenApiModel model;
    private final SchemaValues values;
    private final Random random;
    private final long bodyLimit;
    private final List<String> gaps;
    private final Map<String, String> existing;
    private int nextId;

    CaseGenerator(OpenApiModel model, Random random, long bodyLimit, List<String> gaps, Map<String, String> existing) {
        this.existing = existing;
        this.model = model;
        this.random = random;
        this.values = new SchemaValues(model, random, existing);
        this.bodyLimit = bodyLimit;
        this.gaps = gaps;
    }

    /** A path step: a property name or an array index. */
    private record Slot(String path, List<Object> steps, JsonNode schema, boolean required) {
    }

    /** The request as it is built up: a base that is valid by the description, then one thing made wrong. */
    private final class Draft {
        final Operation op;
        final Map<String, String> pathValues = new LinkedHashMap<>();
        final Map<String, List<String>> query = new LinkedHashMap<>();
        String contentType;
        byte[] body;
        boolean chunked;

        Draft(Operation op) {
            this.op = op;
        }

        Draft copy() {
            Draft copy = new Draft(op);
            copy.pathValues.putAll(pathValues);
            query.forEach((k, v) -> copy.query.put(k, new ArrayList<>(v)));
            copy.contentType = contentType;
            copy.body = body;
            copy.chunked = chunked;
            return copy;
        }

        FuzzCase toCase(String kind, String what, String field, Set<Integer> expected) {
            String path = op.path();
            for (Map.Entry<String, String> value : pathValues.entrySet()) {
                path = path.replace("{" + value.getKey() + "}", encode(value.getValue()));
            }
            StringBuilder target = new StringBuilder(path);
            char separator = '?';
            for (Map.Entry<String, List<String>> parameter : query.entrySet()) {
                for (String value : parameter.getValue()) {
                    target.append(separator).append(encode(parameter.getKey())).append('=').append(encode(value));
                    separator = '&';
                }
            }
            return new FuzzCase(++nextId, kind, op.toString(), op.method(), target.toString(), contentType, body, chunked,
                    field, expected, what);
        }
    }

    List<FuzzCase> cases(Operation op) {
        Draft base = new Draft(op);
        for (Param param : op.params()) {
            String known = existing.get(param.name());
            if (param.in().equals("path")) {
                base.pathValues.put(param.name(), known != null ? known : scalarText(values.valid(param.schema())));
            } else if (param.required()) {
                base.query.put(param.name(), known != null ? List.of(known) : queryValues(values.valid(param.schema())));
            }
        }
        List<FuzzCase> cases = new ArrayList<>();
        Body body = op.body();
        JsonNode baseBody = null;
        if (body != null && body.json()) {
            baseBody = values.valid(body.schema());
            base.contentType = "application/json";
            base.body = json(baseBody);
            bodyCases(base, body, baseBody, cases);
            fieldCases(base, body, baseBody, cases);
        } else if (body != null && body.multipart()) {
            multipartCases(base, body, cases);
            base.contentType = MULTIPART + BOUNDARY;
            base.body = multipart("file", "fuzz.xlsx", randomBytes(512));
        }
        for (Param param : op.params()) {
            paramCases(base, param, cases);
        }
        return cases;
    }

    // ---------------------------------------------------------------- whole bodies

    private void bodyCases(Draft base, Body body, JsonNode baseBody, List<FuzzCase> cases) {
        if (body.required()) {
            cases.add(raw(base, "EMPTY_BODY", "no body at all", "", BAD_REQUEST));
            cases.add(raw(base, "LITERAL_BODY", "null", "null", BAD_REQUEST));
        }
        if (OpenApiModel.type(model.resolve(body.schema())).equals("object")) {
            for (String literal : List.of("[]", "\"text\"", "42", "-1", "0", "true", String.valueOf(Long.MAX_VALUE),
                    String.valueOf(Long.MIN_VALUE), "1e999999", "[" + jsonText(baseBody) + "]")) {
                cases.add(raw(base, "LITERAL_BODY", literal.length() > 30 ? "the body inside an array" : literal, literal, BAD_REQUEST));
            }
            if (model.resolve(body.schema()).path("required").size() > 0) {
                cases.add(raw(base, "EMPTY_OBJECT", "{} without its required fields", "{}", BAD_REQUEST));
            }
        }
        for (String literal : List.of("NaN", "Infinity", "-Infinity")) {
            cases.add(raw(base, "NAN_BODY", literal, literal, BAD_REQUEST));
        }
        String whole = jsonText(baseBody);
        for (String malformed : List.of("{", "{\"", "{\"a\":1,}", "{'a':1}", "\u0000", whole.substring(0, whole.length() / 2),
                whole + "}", whole + " {}", "\uFEFF\uFEFF" + whole)) {
            cases.add(raw(base, "MALFORMED_JSON", "malformed JSON", malformed, BAD_REQUEST));
        }
        cases.add(raw(base, "DEEP_NESTING", DEEP + " nested arrays", "[".repeat(DEEP) + "]".repeat(DEEP), BAD_REQUEST));
        cases.add(raw(base, "DEEP_NESTING", DEEP + " nested objects", "{\"a\":".repeat(DEEP) + "1" + "}".repeat(DEEP), BAD_REQUEST));
        for (int i = 0; i < 3; i++) {
            Draft draft = base.copy();
            draft.body = randomBytes(1 + random.nextInt(4096));
            cases.add(draft.toCase("RANDOM_BYTES", draft.body.length + " random bytes as JSON", null, BAD_REQUEST));
        }
        List<String> wrongTypes = new ArrayList<>(List.of("text/plain", "application/xml", "application/x-www-form-urlencoded",
                "application/octet-stream", "multipart/form-data", "multipart/form-data; boundary=fuzz", "text/html",
                "application/json; charset=fuzz-unknown", "not a media type"));
        wrongTypes.add(null);
        for (String type : wrongTypes) {
            Draft draft = base.copy();
            draft.contentType = type;
            cases.add(draft.toCase("WRONG_CONTENT_TYPE", "a valid body as " + (type == null ? "no type" : type), null,
                    NOT_READABLE));
        }
        // Over the limit, whatever it holds: numbers in an array where an object belongs, so that it is invalid too.
        String oversized = "[" + "0,".repeat((int) (bodyLimit / 2) + 1024) + "0]";
        Draft declared = base.copy();
        declared.body = oversized.getBytes(StandardCharsets.US_ASCII);
        cases.add(declared.toCase("OVERSIZE_DECLARED", declared.body.length + " bytes with a Content-Length", null, TOO_LARGE));
        Draft streamed = declared.copy();
        streamed.chunked = true;
        cases.add(streamed.toCase("OVERSIZE_CHUNKED", streamed.body.length + " bytes, chunked", null, TOO_LARGE));
    }

    private FuzzCase raw(Draft base, String kind, String what, String text, Set<Integer> expected) {
        Draft draft = base.copy();
        draft.body = text.getBytes(StandardCharsets.UTF_8);
        return draft.toCase(kind, what, null, expected);
    }

    // ---------------------------------------------------------------- one field at a time

    private void fieldCases(Draft base, Body body, JsonNode baseBody, List<FuzzCase> cases) {
        List<Slot> slots = new ArrayList<>();
        slots(body.schema(), baseBody, "", List.of(), false, slots, 0);
        boolean nearLimitSent = false;
        boolean deepSent = false;
        for (Slot slot : slots) {
            JsonNode schema = slot.schema();
            String type = OpenApiModel.type(schema);
            String format = schema.path("format").asString("");
            boolean isEnum = schema.has("enum");
            if (slot.required()) {
                field(base, baseBody, slot, "NULL_REQUIRED", "null", SchemaValues.NODES.nullNode(), cases);
            }
            for (JsonNode wrong : wrongTypes(type, isEnum)) {
                field(base, baseBody, slot, "WRONG_TYPE", wrong.toString(), wrong, cases);
            }
            if (isEnum) {
                field(base, baseBody, slot, "UNKNOWN_ENUM", "FUZZ_NOT_A_VALUE", text("FUZZ_NOT_A_VALUE"), cases);
                String first = SchemaValues.text(schema.path("enum").get(0));
                if (!first.toLowerCase(Locale.ROOT).equals(first)) {
                    field(base, baseBody, slot, "UNKNOWN_ENUM", first.toLowerCase(Locale.ROOT), text(first.toLowerCase(Locale.ROOT)), cases);
                }
            }
            switch (type) {
                case "string":
                    stringField(base, baseBody, slot, schema, format, isEnum, cases);
                    if (!nearLimitSent && schema.has("maxLength") && !isEnum && format.isEmpty()) {
                        nearLimitSent = true;
                        int length = (int) (bodyLimit - base.body.length - 64 * 1024);
                        field(base, baseBody, slot, "NEAR_LIMIT_STRING", length + " characters, under the body limit",
                                text("x".repeat(Math.max(0, length))), cases);
                    }
                    break;
                case "integer":
                case "number":
                    numberField(base, baseBody, slot, schema, type.equals("integer"), cases);
                    break;
                case "array":
                    arrayField(base, baseBody, slot, schema, cases);
                    break;
                default:
                    break;
            }
            if (!deepSent) {
                deepSent = true;
                cases.add(rawField(base, baseBody, slot, "DEEP_NESTING_FIELD", DEEP + " nested arrays",
                        "[".repeat(DEEP) + "]".repeat(DEEP), null, BAD_REQUEST));
            }
        }
    }

    private void stringField(Draft base, JsonNode baseBody, Slot slot, JsonNode schema, String format, boolean isEnum,
                             List<FuzzCase> cases) {
        switch (format) {
            case "uuid":
                for (String bad : List.of("not-a-uuid", "12345", "00000000-0000-0000-0000-00000000000g")) {
                    field(base, baseBody, slot, "BAD_FORMAT", bad, text(bad), cases);
                }
                break;
            case "date":
                for (String bad : List.of("2025-02-30", "31/12/2025", "tomorrow", "2025-1-5")) {
                    field(base, baseBody, slot, "BAD_FORMAT", bad, text(bad), cases);
                }
                break;
            case "date-time":
                for (String bad : List.of("2025-13-01T00:00:00Z", "yesterday")) {
                    field(base, baseBody, slot, "BAD_FORMAT", bad, text(bad), cases);
                }
                break;
            default:
                break;
        }
        boolean free = !isEnum && (format.isEmpty() || format.equals("password"));
        if (free && !schema.has("maxLength")) {
            gaps.add(slot.path() + " is a string without a maxLength");
        }
        if (free && schema.has("maxLength")) {
            int max = schema.path("maxLength").asInt();
            field(base, baseBody, slot, "TOO_LONG", (max + 1) + " characters (maxLength " + max + ")", text(letters(max + 1)), cases);
        }
        if (free && schema.path("minLength").asInt(0) > 0) {
            field(base, baseBody, slot, "EMPTY_STRING", "\"\" (minLength " + schema.path("minLength").asInt() + ")", text(""), cases);
        }
        if (free && schema.has("pattern")) {
            String bad = SchemaValues.notMatching(SchemaValues.text(schema.path("pattern")), schema.path("minLength").asInt(0),
                    schema.path("maxLength").asInt(Integer.MAX_VALUE));
            if (bad != null) {
                field(base, baseBody, slot, "PATTERN_MISMATCH", "\"" + bad + "\" against " + SchemaValues.text(schema.path("pattern")),
                        text(bad), cases);
            }
        }
        // A megabyte in the field: over the body limit, refused before it is parsed.
        int huge = (int) (bodyLimit + 64 * 1024);
        cases.add(rawField(base, baseBody, slot, "HUGE_STRING", huge + " characters", jsonText(text(letters(huge))), null, TOO_LARGE));
    }

    private void numberField(Draft base, JsonNode baseBody, Slot slot, JsonNode schema, boolean integral, List<FuzzCase> cases) {
        BigDecimal low = SchemaValues.lower(schema);
        BigDecimal high = SchemaValues.upper(schema);
        String format = schema.path("format").asString("");
        boolean int32 = integral && format.equals("int32");
        if (low != null) {
            BigDecimal below = low.subtract(BigDecimal.ONE);
            cases.add(rawField(base, baseBody, slot, "OUT_OF_RANGE", below + " (minimum " + low + ")", below.toPlainString(),
                    slot.path(), BAD_REQUEST));
            if (!int32) {
                cases.add(rawField(base, baseBody, slot, "OUT_OF_RANGE", "Long.MIN_VALUE", String.valueOf(Long.MIN_VALUE),
                        slot.path(), BAD_REQUEST));
            }
        }
        if (high != null) {
            BigDecimal above = high.add(BigDecimal.ONE);
            cases.add(rawField(base, baseBody, slot, "OUT_OF_RANGE", above + " (maximum " + high + ")", above.toPlainString(),
                    slot.path(), BAD_REQUEST));
            if (!int32) {
                cases.add(rawField(base, baseBody, slot, "OUT_OF_RANGE", "Long.MAX_VALUE", String.valueOf(Long.MAX_VALUE),
                        slot.path(), BAD_REQUEST));
            }
            cases.add(rawField(base, baseBody, slot, "HUGE_NUMBER", "1e999999999", "1e999999999", slot.path(), BAD_REQUEST));
        }
        if (integral) {
            List<String> overflows = int32
                    ? List.of("2147483648", "-2147483649", String.valueOf(Long.MAX_VALUE), String.valueOf(Long.MIN_VALUE))
                    : List.of("9223372036854775808", "-9223372036854775809");
            for (String overflow : overflows) {
                cases.add(rawField(base, baseBody, slot, "OUT_OF_RANGE", overflow + " overflows " + (int32 ? "int32" : "int64"),
                        overflow, slot.path(), BAD_REQUEST));
            }
        }
        for (String nan : List.of("NaN", "Infinity", "-Infinity")) {
            field(base, baseBody, slot, "NAN_LIKE", "\"" + nan + "\"", text(nan), cases);
        }
        cases.add(rawField(base, baseBody, slot, "NAN_LIKE", "bare NaN", "NaN", null, BAD_REQUEST));
        cases.add(rawField(base, baseBody, slot, "HUGE_NUMBER", "2000 digits", "9".repeat(2000), null, BAD_REQUEST));
    }

    private void arrayField(Draft base, JsonNode baseBody, Slot slot, JsonNode schema, List<FuzzCase> cases) {
        if (!schema.has("maxItems")) {
            gaps.add(slot.path() + " is an array without a maxItems");
            return;
        }
        int count = schema.path("maxItems").asInt() + 1;
        ArrayNode many = SchemaValues.NODES.arrayNode();
        Set<String> seen = new HashSet<>();
        boolean unique = schema.path("uniqueItems").asBoolean(false);
        for (int attempt = 0; many.size() < count && attempt < count * 4; attempt++) {
            JsonNode item = values.valid(schema.path("items"));
            if (!unique || seen.add(item.toString())) {
                many.add(item);
            }
        }
        if (many.size() == count) {
            field(base, baseBody, slot, "TOO_MANY_ITEMS", count + " items (maxItems " + (count - 1) + ")", many, cases);
        }
    }

    private static List<JsonNode> wrongTypes(String type, boolean isEnum) {
        ObjectNode object = SchemaValues.NODES.objectNode().put("fuzz", 1);
        ArrayNode array = SchemaValues.NODES.arrayNode();
        switch (type) {
            case "string":
                return List.of(object, array);
            case "integer":
            case "number":
                return List.of(text("abc"), object, array);
            case "boolean":
                return List.of(text("maybe"), object, array);
            case "object":
                return List.of(text("text"), SchemaValues.NODES.numberNode(42), array, SchemaValues.NODES.booleanNode(true));
            case "array":
                return List.of(text("text"), SchemaValues.NODES.numberNode(42), object);
            default:
                return List.of();
        }
    }

    /** Every property and first array item of the value, with its schema. */
    private void slots(JsonNode schemaRef, JsonNode value, String path, List<Object> steps, boolean required, List<Slot> out,
                       int depth) {
        JsonNode schema = model.resolve(schemaRef);
        if (!steps.isEmpty()) {
            out.add(new Slot(path, steps, schema, required));
        }
        if (depth > 6 || value == null) {
            return;
        }
        String type = OpenApiModel.type(schema);
        if (type.equals("object")) {
            Set<String> requiredNames = new HashSet<>();
            schema.path("required").forEach(name -> requiredNames.add(name.asString()));
            for (Map.Entry<String, JsonNode> property : schema.path("properties").properties()) {
                List<Object> next = new ArrayList<>(steps);
                next.add(property.getKey());
                slots(property.getValue(), value.get(property.getKey()), path.isEmpty() ? property.getKey() : path + "." + property.getKey(),
                        next, requiredNames.contains(property.getKey()), out, depth + 1);
            }
        } else if (type.equals("array") && value.isArray() && value.size() > 0) {
            List<Object> next = new ArrayList<>(steps);
            next.add(0);
            slots(schema.path("items"), value.get(0), path + "[0]", next, false, out, depth + 1);
        }
    }

    private void field(Draft base, JsonNode baseBody, Slot slot, String kind, String what, JsonNode replacement,
                       List<FuzzCase> cases) {
        Draft draft = base.copy();
        draft.body = json(replaced(baseBody, slot.steps(), replacement));
        cases.add(draft.toCase(kind, slot.path() + ": " + what, slot.path(), BAD_REQUEST));
    }

    /** The field set to raw JSON text (a bare token, a long number, deep nesting) that a tree cannot hold. */
    private FuzzCase rawField(Draft base, JsonNode baseBody, Slot slot, String kind, String what, String rawJson, String field,
                              Set<Integer> expected) {
        Draft draft = base.copy();
        String text = jsonText(replaced(baseBody, slot.steps(), text(RAW)));
        String quoted = jsonText(text(RAW));
        int at = text.indexOf(quoted);
        draft.body = (text.substring(0, at) + rawJson + text.substring(at + quoted.length())).getBytes(StandardCharsets.UTF_8);
        return draft.toCase(kind, slot.path() + ": " + (what.length() > 60 ? what.substring(0, 60) + "…" : what), field, expected);
    }

    private static JsonNode replaced(JsonNode base, List<Object> steps, JsonNode replacement) {
        JsonNode copy = base.deepCopy();
        JsonNode parent = copy;
        for (int i = 0; i < steps.size() - 1; i++) {
            Object step = steps.get(i);
            parent = step instanceof Integer index ? parent.get(index) : parent.get((String) step);
        }
        Object last = steps.get(steps.size() - 1);
        if (last instanceof Integer index) {
            ((ArrayNode) parent).set(index, replacement);
        } else {
            ((ObjectNode) parent).set((String) last, replacement);
        }
        return copy;
    }

    // ---------------------------------------------------------------- parameters

    private void paramCases(Draft base, Param param, List<FuzzCase> cases) {
        JsonNode schema = param.schema();
        String type = OpenApiModel.type(schema);
        List<String[]> bad = new ArrayList<>(); // kind, value
        if (type.equals("array")) {
            JsonNode items = model.resolve(schema.path("items"));
            if (!schema.has("maxItems")) {
                gaps.add(param.name() + " (" + param.in() + " parameter) is a list without a maxItems");
            } else {
                List<String> many = new ArrayList<>();
                int length = 0;
                for (int i = 0; i <= schema.path("maxItems").asInt(); i++) {
                    many.add(scalarText(values.valid(items)));
                    length += param.name().length() + many.get(i).length() + 2;
                }
                // Past the longest request line a server reads, the server refuses it before the service sees it.
                if (length < Integer.parseInt(URL_SAFE_MAX)) {
                    Draft draft = base.copy();
                    draft.query.put(param.name(), many);
                    cases.add(draft.toCase("PARAM_TOO_MANY", param.name() + ": " + many.size() + " values", param.name(), BAD_REQUEST));
                }
            }
            schema = items;
            type = OpenApiModel.type(items);
        }
        String format = schema.path("format").asString("");
        if (schema.has("enum")) {
            bad.add(new String[] {"PARAM_UNKNOWN_ENUM", "FUZZ_NOT_A_VALUE"});
            String first = SchemaValues.text(schema.path("enum").get(0));
            if (!first.toLowerCase(Locale.ROOT).equals(first)) {
                bad.add(new String[] {"PARAM_UNKNOWN_ENUM", first.toLowerCase(Locale.ROOT)});
            }
        } else if (type.equals("integer")) {
            for (String wrong : List.of("abc", "1.5", "NaN", "Infinity", "1e3")) {
                bad.add(new String[] {"PARAM_WRONG_TYPE", wrong});
            }
            BigDecimal low = SchemaValues.lower(schema);
            BigDecimal high = SchemaValues.upper(schema);
            if (low != null) {
                bad.add(new String[] {"PARAM_OUT_OF_RANGE", low.subtract(BigDecimal.ONE).toPlainString()});
                bad.add(new String[] {"PARAM_OUT_OF_RANGE", String.valueOf(Long.MIN_VALUE)});
            }
            if (high != null) {
                bad.add(new String[] {"PARAM_OUT_OF_RANGE", high.add(BigDecimal.ONE).toPlainString()});
            }
            boolean int32 = !format.equals("int64");
            for (String overflow : int32 ? List.of("2147483648", "-2147483649", String.valueOf(Long.MAX_VALUE))
                    : List.of("9223372036854775808", "-9223372036854775809")) {
                bad.add(new String[] {"PARAM_OUT_OF_RANGE", overflow});
            }
        } else if (type.equals("number")) {
            bad.add(new String[] {"PARAM_WRONG_TYPE", "abc"});
            bad.add(new String[] {"PARAM_WRONG_TYPE", "1,5"});
        } else if (type.equals("boolean")) {
            for (String wrong : List.of("maybe", "2", "yes!")) {
                bad.add(new String[] {"PARAM_WRONG_TYPE", wrong});
            }
        } else if (type.equals("string") && format.equals("uuid")) {
            for (String wrong : List.of("not-a-uuid", "12345", "00000000-0000-0000-0000-00000000000g", "Điện Biên")) {
                bad.add(new String[] {"PARAM_WRONG_TYPE", wrong});
            }
            if (param.in().equals("path")) {
                for (String boundary : List.of("00000000-0000-0000-0000-000000000000", "ffffffff-ffff-ffff-ffff-ffffffffffff")) {
                    Draft draft = base.copy();
                    draft.pathValues.put(param.name(), boundary);
                    cases.add(draft.toCase("PARAM_BOUNDARY_ID", param.name() + ": " + boundary + ", which names nothing", null, null));
                }
            }
        } else if (type.equals("string") && format.equals("date")) {
            for (String wrong : List.of("2025-02-30", "31/12/2025", "tomorrow")) {
                bad.add(new String[] {"PARAM_WRONG_TYPE", wrong});
            }
        } else if (type.equals("string") && format.equals("date-time")) {
            for (String wrong : List.of("2025-13-01T00:00:00Z", "yesterday")) {
                bad.add(new String[] {"PARAM_WRONG_TYPE", wrong});
            }
        } else if (type.equals("string")) {
            if (!schema.has("maxLength")) {
                gaps.add(param.name() + " (" + param.in() + " parameter of " + base.op + ") is a string without a maxLength");
            } else {
                int max = schema.path("maxLength").asInt();
                if (max < Integer.parseInt(URL_SAFE_MAX)) {
                    bad.add(new String[] {"PARAM_TOO_LONG", letters(max + 1)});
                }
            }
            if (schema.has("pattern")) {
                String mismatch = SchemaValues.notMatching(SchemaValues.text(schema.path("pattern")), schema.path("minLength").asInt(0),
                        schema.path("maxLength").asInt(Integer.MAX_VALUE));
                if (mismatch != null) {
                    bad.add(new String[] {"PARAM_PATTERN_MISMATCH", mismatch});
                }
            }
        }
        if (param.in().equals("query") && param.required()) {
            Draft missing = base.copy();
            missing.query.remove(param.name());
            cases.add(missing.toCase("PARAM_MISSING", param.name() + " left out", param.name(), BAD_REQUEST));
        }
        for (String[] value : bad) {
            Draft draft = base.copy();
            if (param.in().equals("path")) {
                draft.pathValues.put(param.name(), value[1]);
            } else {
                draft.query.put(param.name(), List.of(value[1]));
            }
            String shown = value[1].length() > 40 ? value[1].length() + " characters" : value[1];
            cases.add(draft.toCase(value[0], param.name() + "=" + shown, param.name(), BAD_REQUEST));
        }
    }

    // ---------------------------------------------------------------- uploads

    private static final String MULTIPART = "multipart/form-data; boundary=";
    private static final String BOUNDARY = "fuzz-boundary-7MA4YWxkTrZu0gW";

    private void multipartCases(Draft base, Body body, List<FuzzCase> cases) {
        JsonNode schema = model.resolve(body.schema());
        List<String> required = new ArrayList<>();
        schema.path("required").forEach(name -> required.add(name.asString()));
        String part = required.isEmpty() ? "file" : required.get(0);
        Draft json = base.copy();
        json.contentType = "application/json";
        json.body = "{}".getBytes(StandardCharsets.UTF_8);
        cases.add(json.toCase("MULTIPART_AS_JSON", "JSON where an upload belongs", null, null));
        Draft noBoundary = base.copy();
        noBoundary.contentType = "multipart/form-data";
        noBoundary.body = randomBytes(256);
        cases.add(noBoundary.toCase("MULTIPART_NO_BOUNDARY", "multipart without a boundary", null, NOT_READABLE));
        Draft broken = base.copy();
        broken.contentType = MULTIPART + BOUNDARY;
        broken.body = ("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"" + part
                + "\"; filename=\"fuzz.xlsx\"\r\n\r\nnever closed").getBytes(StandardCharsets.UTF_8);
        cases.add(broken.toCase("MULTIPART_BROKEN", "a part that never ends", null, NOT_READABLE));
        if (!required.isEmpty()) {
            Draft missing = base.copy();
            missing.contentType = MULTIPART + BOUNDARY;
            missing.body = multipart("other", "fuzz.xlsx", randomBytes(64));
            cases.add(missing.toCase("MULTIPART_MISSING_PART", "no part named " + part, part, BAD_REQUEST));
        }
        for (String name : List.of("fuzz.xlsx", "fuzz.csv.xlsx")) {
            Draft random = base.copy();
            random.contentType = MULTIPART + BOUNDARY;
            random.body = multipart(part, name, randomBytes(1 + this.random.nextInt(8192)));
            cases.add(random.toCase("MULTIPART_RANDOM_FILE", "random bytes named " + name, null, null));
        }
        Draft empty = base.copy();
        empty.contentType = MULTIPART + BOUNDARY;
        empty.body = multipart(part, "fuzz.xlsx", new byte[0]);
        cases.add(empty.toCase("MULTIPART_RANDOM_FILE", "an empty file", null, null));
    }

    private static byte[] multipart(String part, String fileName, byte[] content) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"" + part + "\"; filename=\"" + fileName
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        out.writeBytes(content);
        out.writeBytes(("\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    // ---------------------------------------------------------------- helpers

    private byte[] randomBytes(int length) {
        byte[] bytes = new byte[length];
        random.nextBytes(bytes);
        return bytes;
    }

    /** Vietnamese text (several bytes a character in UTF-8) cut to length. */
    private static String letters(int length) {
        String words = "Nguyễn Thị Ánh Tuyết Điện Biên ";
        StringBuilder out = new StringBuilder(length);
        while (out.length() < length) {
            out.append(words, 0, Math.min(words.length(), length - out.length()));
        }
        return out.toString();
    }

    private static JsonNode text(String value) {
        return SchemaValues.NODES.stringNode(value);
    }

    private static String scalarText(JsonNode value) {
        return value.isValueNode() ? value.asString() : value.toString();
    }

    private static List<String> queryValues(JsonNode value) {
        List<String> out = new ArrayList<>();
        if (value.isArray()) {
            value.forEach(item -> out.add(scalarText(item)));
        } else {
            out.add(scalarText(value));
        }
        return out;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static byte[] json(JsonNode node) {
        return jsonText(node).getBytes(StandardCharsets.UTF_8);
    }

    private static String jsonText(JsonNode node) {
        return node == null ? "null" : node.toString();
    }

    /** At most {@code cap} cases, every kind kept, the rest drawn by the seeded random. */
    static List<FuzzCase> bounded(List<FuzzCase> cases, int cap, Random random) {
        if (cases.size() <= cap) {
            return cases;
        }
        Map<String, List<FuzzCase>> byKind = new TreeMap<>();
        cases.forEach(c -> byKind.computeIfAbsent(c.kind(), k -> new ArrayList<>()).add(c));
        byKind.values().forEach(list -> Collections.shuffle(list, random));
        List<FuzzCase> kept = new ArrayList<>();
        for (int round = 0; kept.size() < cap; round++) {
            boolean any = false;
            for (List<FuzzCase> list : byKind.values()) {
                if (round < list.size() && kept.size() < cap) {
                    kept.add(list.get(round));
                    any = true;
                }
            }
            if (!any) {
                break;
            }
        }
        kept.sort(java.util.Comparator.comparingInt(FuzzCase::id));
        return kept;
    }
}
