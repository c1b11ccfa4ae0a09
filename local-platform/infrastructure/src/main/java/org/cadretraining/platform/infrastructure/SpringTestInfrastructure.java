package org.cadretraining.platform.infrastructure;

import org.cadretraining.platform.identity.IdentityProvider;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * Points a service under test at the shared broker, at its own database, and at the shared identity provider, whose
 * tokens it then accepts. {@code admin} administers the whole platform there, as the deployment's bootstrap
 * administrator would.
 */
public final class SpringTestInfrastructure {
    /** The subject the tests' services take as a platform-wide administrator. */
    public static final String ADMINISTRATOR = "admin";

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
        registerIdentity(registry);
    }

    /** The shared identity provider as the issuer, and the bootstrap administrator. */
    public static void registerIdentity(DynamicPropertyRegistry registry) {
        IdentityProvider provider = IdentityProvider.shared();
        registry.add("platform.security.issuer-uri", provider::issuer);
        registry.add("platform.security.administrators", () -> ADMINISTRATOR);
    }

    /** This service's own client of the shared provider, for its calls to its peers. */
    public static void registerServiceClient(DynamicPropertyRegistry registry, String clientId) {
        registry.add("platform.security.client.id", () -> clientId);
        registry.add("platform.security.client.secret", () -> IdentityProvider.sharedSecret(clientId));
    }
}
