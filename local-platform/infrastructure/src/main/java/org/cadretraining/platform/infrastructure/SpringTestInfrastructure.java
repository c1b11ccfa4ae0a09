package org.cadretraining.platform.infrastructure;

import org.springframework.test.context.DynamicPropertyRegistry;

/** Points a service under test at the shared broker and at its own database. */
public final class SpringTestInfrastructure {
    private SpringTestInfrastructure() {
    }

    public static void register(DynamicPropertyRegistry registry, String database) {
        DatabaseCoordinates db = Infrastructure.database(database);
        String brokers = Infrastructure.kafka().bootstrapServers();
        registry.add("spring.datasource.url", db::jdbcUrl);
        registry.add("spring.datasource.username", db::username);
        registry.add("spring.datasource.password", db::password);
        registry.add("spring.kafka.bootstrap-servers", () -> brokers);
        registry.add("spring.cloud.stream.kafka.binder.brokers", () -> brokers);
        registry.add("spring.cloud.stream.kafka.streams.binder.brokers", () -> brokers);
    }
}
