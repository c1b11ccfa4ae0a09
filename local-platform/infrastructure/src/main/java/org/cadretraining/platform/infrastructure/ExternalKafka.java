package org.cadretraining.platform.infrastructure;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A broker someone else runs, named by {@code KAFKA_BOOTSTRAP}. A secured one takes {@code KAFKA_SECURITY_PROTOCOL},
 * {@code KAFKA_SASL_MECHANISM}, {@code KAFKA_SASL_JAAS_CONFIG} and, for TLS, {@code KAFKA_SSL_TRUSTSTORE_LOCATION}
 * (with {@code _PASSWORD}, {@code _TYPE}): one identity for every client here, whose ACLs are its operator's to set.
 */
record ExternalKafka(String bootstrapServers) implements KafkaBroker {
    private static final Map<String, String> VARIABLES = Map.of(
            "security.protocol", "KAFKA_SECURITY_PROTOCOL",
            "sasl.mechanism", "KAFKA_SASL_MECHANISM",
            "sasl.jaas.config", "KAFKA_SASL_JAAS_CONFIG",
            "ssl.truststore.location", "KAFKA_SSL_TRUSTSTORE_LOCATION",
            "ssl.truststore.password", "KAFKA_SSL_TRUSTSTORE_PASSWORD",
            "ssl.truststore.type", "KAFKA_SSL_TRUSTSTORE_TYPE");

    @Override
    public Map<String, Object> clientProperties(String principal) {
        Map<String, Object> config = new LinkedHashMap<>();
        config.put("bootstrap.servers", bootstrapServers);
        VARIABLES.forEach((property, variable) -> Environment.get(variable).ifPresent(value -> config.put(property, value)));
        return config;
    }

    @Override
    public String describe() {
        return "external broker at " + bootstrapServers;
    }

    @Override
    public void close() {
        // Not ours to stop.
    }
}
