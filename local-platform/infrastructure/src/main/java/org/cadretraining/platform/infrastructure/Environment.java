package org.cadretraining.platform.infrastructure;

import java.util.Locale;
import java.util.Optional;

/** Reads overrides from environment variables, or from system properties of the same name. */
final class Environment {
    private Environment() {
    }

    static Optional<String> get(String name) {
        String value = System.getProperty(name);
        if (value == null || value.isBlank()) {
            value = System.getenv(name);
        }
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.trim());
    }

    /** {@code REGISTRY_DB_URL} for database {@code registry}. */
    static String databaseVariable(String database, String suffix) {
        return database.toUpperCase(Locale.ROOT).replace('-', '_') + "_DB_" + suffix;
    }
}
