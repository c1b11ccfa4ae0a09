package org.cadretraining.platform.local;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/** The series a Grafana dashboard's PromQL expressions read. */
final class GrafanaDashboard {
    private static final Set<String> KEYWORDS = Set.of("by", "without", "on", "ignoring", "group_left", "group_right",
            "bool", "offset", "and", "or", "unless", "inf", "nan");
    private static final Pattern IDENTIFIER = Pattern.compile("[a-zA-Z_:][a-zA-Z0-9_:]*");

    private GrafanaDashboard() {
    }

    /** Every metric name in every {@code expr} of the dashboard, in order of appearance. */
    static List<String> metricNames(Path dashboard) throws IOException {
        JsonNode root = new ObjectMapper().readTree(Files.readString(dashboard));
        List<String> exprs = new ArrayList<>();
        collect(root, exprs);
        Set<String> names = new LinkedHashSet<>();
        exprs.forEach(expr -> names.addAll(metricNamesOf(expr)));
        return List.copyOf(names);
    }

    private static void collect(JsonNode node, List<String> exprs) {
        if (node.isObject()) {
            node.properties().forEach(field -> {
                if (field.getKey().equals("expr") && field.getValue().isString()) {
                    exprs.add(field.getValue().asString());
                } else {
                    collect(field.getValue(), exprs);
                }
            });
        } else if (node.isArray()) {
            node.forEach(child -> collect(child, exprs));
        }
    }

    /** The metric names of one expression: identifiers that are not functions, keywords, label names or durations. */
    static List<String> metricNamesOf(String expr) {
        String bare = expr
                .replaceAll("\"(?:[^\"\\\\]|\\\\.)*\"", "\"\"") // string literals
                .replaceAll("\\{[^}]*}", " ") // label matchers
                .replaceAll("\\[[^]]*]", " ") // range selectors
                .replaceAll("\\b(by|without|on|ignoring|group_left|group_right)\\s*\\([^)]*\\)", " "); // label lists
        List<String> names = new ArrayList<>();
        Matcher m = IDENTIFIER.matcher(bare);
        while (m.find()) {
            String word = m.group();
            int after = m.end();
            while (after < bare.length() && bare.charAt(after) == ' ') {
                after++;
            }
            boolean function = after < bare.length() && bare.charAt(after) == '(';
            if (!function && !KEYWORDS.contains(word.toLowerCase()) && !word.startsWith("$")) {
                names.add(word);
            }
        }
        return names;
    }
}
