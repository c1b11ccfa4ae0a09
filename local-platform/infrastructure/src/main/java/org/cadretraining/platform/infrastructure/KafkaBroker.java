package org.cadretraining.platform.infrastructure;

import java.util.Map;

/** A running Kafka broker. */
public interface KafkaBroker extends AutoCloseable {
    String bootstrapServers();

    /** Where the broker runs: external, container or in-process. */
    String describe();

    /**
     * What a client authenticating as {@code principal} needs: the bootstrap servers, and on a secured broker the
     * security protocol and credentials. An open broker (the services' tests) needs only the first.
     */
    default Map<String, Object> clientProperties(String principal) {
        return Map.of("bootstrap.servers", bootstrapServers());
    }

    /** Whether the broker authenticates each principal and authorizes it by ACLs that the platform itself sets. */
    default boolean authorizesByPrincipal() {
        return false;
    }

    @Override
    void close();
}
