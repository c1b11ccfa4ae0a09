package org.cadretraining.reporting;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.cadretraining.platform.identity.IdentityProvider;
import org.cadretraining.platform.identity.PlatformClient;
import org.cadretraining.platform.identity.SignIn;
import org.cadretraining.platform.infrastructure.ApiClient;
import org.cadretraining.platform.infrastructure.SpringTestInfrastructure;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.util.TestSocketUtils;
import tools.jackson.databind.JsonNode;

/**
 * Reporting instances of one deployment, as separate processes would run them: each with its own port, state directory
 * and client of the identity provider; all of one application (a fresh one per test), so they split its partitions.
 */
final class ReportingInstances implements AutoCloseable {
    static final IdentityProvider PROVIDER = IdentityProvider.shared();
    private final List<ConfigurableApplicationContext> running = new ArrayList<>();
    private final String applicationSuffix = UUID.randomUUID().toString().substring(0, 8);

    String suffix() {
        return applicationSuffix;
    }

    /** A new instance with a new, empty state directory; its base URL. */
    String start() {
        return start(newStateDir(), true);
    }

    static Path newStateDir() {
        return Path.of(System.getProperty("java.io.tmpdir"), "reporting-" + UUID.randomUUID());
    }

    String start(Path stateDir, boolean withClient) {
        int port = TestSocketUtils.findAvailableTcpPort();
        Map<String, Object> properties = new LinkedHashMap<>();
        SpringTestInfrastructure.register((name, value) -> properties.put(name, value.get()), "reporting_scale");
        if (withClient) {
            SpringTestInfrastructure.registerServiceClient((name, value) -> properties.put(name, value.get()), "reporting-service");
        }
        properties.put("server.port", port);
        properties.put("spring.cloud.stream.kafka.streams.binder.functions.progress.application-id", "reporting-progress-" + applicationSuffix);
        properties.put("spring.cloud.stream.kafka.streams.binder.functions.referenceData.application-id", "reporting-reference-" + applicationSuffix);
        properties.put("REPORTING_STATE_DIR", stateDir.toString());
        properties.put("spring.main.banner-mode", "off");
        running.add(ReportingApplication.builder().run(properties.entrySet().stream()
                .map(e -> "--" + e.getKey() + "=" + e.getValue()).toArray(String[]::new)));
        return "http://localhost:" + port;
    }

    /** Stops the instance started {@code index}-th among those still running. */
    void stop(int index) {
        running.remove(index).close();
    }

    /** The stores' endpoint is for another reporting instance: its service token, by the client-credentials flow. */
    static String peerToken() {
        return SignIn.clientCredentials(PROVIDER.issuer(), "reporting-service", IdentityProvider.sharedSecret("reporting-service"),
                PlatformClient.REPORTING_STORES);
    }

    /** Everything an instance holds of a store, as its peers read it. */
    static JsonNode localStore(String instance, String store) {
        return new ApiClient(instance).withToken(peerToken()).get("/internal/v1/stores/" + store + "/all").expect(200).json();
    }

    @Override
    public void close() {
        running.forEach(ConfigurableApplicationContext::close);
        running.clear();
    }
}
