package org.cadretraining.platform.secrets;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Which settings hold a password or secret that this repository ships as a default: docker-compose.yml's
 * {@code change-me-*} secrets, the services' fallback database password {@code postgres}, the demo officials'
 * {@code demo2026}. Anyone can read those here, so outside the local platform a service must not start with one.
 * A blank value is not a default: it means "not configured", which the setting's own user refuses or allows.
 */
public final class DefaultSecretRule {
    /** The shipped values, compared without case and surrounding blanks. */
    static final Set<String> SHIPPED = Set.of("postgres", "demo2026");
    static final String SHIPPED_PREFIX = "change-me";

    private DefaultSecretRule() {
    }

    /**
     * True for a setting that names a password, secret or token by its last part, in any of Spring's spellings:
     * {@code spring.datasource.password}, {@code platform.security.client.secret}, {@code ...client-secret},
     * {@code REGISTRY_DB_PASSWORD}. Not {@code token-uri}: that names where a token comes from.
     */
    public static boolean namesASecret(String property) {
        String name = property.toLowerCase(Locale.ROOT);
        String last = name.substring(Math.max(name.lastIndexOf('.'), name.lastIndexOf('[')) + 1).replace("-", "").replace("_", "");
        // A Kafka login module's settings carry its password inside (docker-compose: KAFKA_SASL_JAAS_CONFIG).
        return last.endsWith("password") || last.endsWith("secret") || last.endsWith("token") || name.endsWith("sasl.jaas.config");
    }

    /** True for a value this repository ships as a default. */
    public static boolean isShippedDefault(String value) {
        if (value == null) {
            return false;
        }
        String normalized = value.strip().toLowerCase(Locale.ROOT);
        return SHIPPED.contains(normalized) || normalized.startsWith(SHIPPED_PREFIX)
                || normalized.contains("password=\"" + SHIPPED_PREFIX);
    }

    /** The names (never the values) of the settings, among those given, that name a secret and hold a shipped default. */
    public static List<String> refusals(Map<String, String> settings) {
        Set<String> refused = new TreeSet<>();
        settings.forEach((name, value) -> {
            if (namesASecret(name) && isShippedDefault(value)) {
                refused.add(name);
            }
        });
        return List.copyOf(refused);
    }

    /** What start-up says: the settings by name, never their values, and what to do. */
    public static String message(List<String> refused, String localProfile) {
        return "Refusing to start: " + String.join(", ", refused) + (refused.size() == 1 ? " holds" : " hold")
                + " a default password or secret shipped with the platform. "
                + "Set a secret of your own (the service's *_PASSWORD / *_SECRET variable), or run with the '"
                + localProfile + "' profile on a developer's machine.";
    }
}
