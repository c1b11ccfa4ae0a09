package org.cadretraining.deploy;

import java.util.List;
import java.util.Map;

/** Walking parsed YAML without a cast at every step. */
final class Manifest {
    private Manifest() {
    }

    /** The value at {@code path} (map keys), or null where a step is missing. */
    static Object at(Object node, String... path) {
        Object current = node;
        for (String key : path) {
            if (!(current instanceof Map<?, ?> map)) {
                return null;
            }
            current = map.get(key);
        }
        return current;
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Object node) {
        return node == null ? Map.of() : (Map<String, Object>) node;
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> list(Object node) {
        return node == null ? List.of() : (List<Map<String, Object>>) node;
    }

    /** True when every label the selector's matchLabels names is on {@code labels} (the chart uses no expressions). */
    static boolean selects(Object podSelector, Map<String, Object> labels) {
        if (at(podSelector, "matchExpressions") != null) {
            throw new AssertionError("matchExpressions are not evaluated here: " + podSelector);
        }
        return map(at(podSelector, "matchLabels")).entrySet().stream()
                .allMatch(e -> e.getValue().equals(labels.get(e.getKey())));
    }
}
