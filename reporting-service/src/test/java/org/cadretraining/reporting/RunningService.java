package org.cadretraining.reporting;

import java.nio.file.Path;
import java.util.UUID;

import org.cadretraining.events.EventType;
import org.cadretraining.platform.events.EventCodec;
import org.cadretraining.platform.identity.IdentityProvider;
import org.cadretraining.platform.infrastructure.ApiClient;
import org.cadretraining.platform.infrastructure.KafkaProbe;
import org.cadretraining.platform.infrastructure.SpringTestInfrastructure;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.util.TestSocketUtils;

/**
 * One reporting service on the real broker, database and identity provider, shared by the test classes that extend
 * this (Spring caches the context: they declare nothing of their own). Callers sign in through the provider's login
 * form; {@code admin} is the deployment's bootstrap administrator.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT, properties = ReportingApplication.CONFIG_NAME)
abstract class RunningService {
    static final int PORT = TestSocketUtils.findAvailableTcpPort();
    static final IdentityProvider PROVIDER = IdentityProvider.shared();

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        SpringTestInfrastructure.register(registry, "reporting_test");
        registry.add("server.port", () -> PORT);
        registry.add("reporting.dashboard.heartbeat-millis", () -> 2000);
        registry.add("REPORTING_STATE_DIR", () -> Path.of(System.getProperty("java.io.tmpdir"), "streams-" + UUID.randomUUID()).toString());
    }

    /** No token at all. */
    static ApiClient anonymous() {
        return ApiClient.localhost(PORT);
    }

    /** The user, signed in: their grants are whatever the tests gave them. */
    static ApiClient as(String user) {
        return anonymous().withToken(PROVIDER.tokenFor(user));
    }

    /** The platform-wide administrator, for setting things up. */
    static ApiClient admin() {
        return as(SpringTestInfrastructure.ADMINISTRATOR);
    }

    /** A user name no other test uses. */
    static String user(String role) {
        return role + "." + UUID.randomUUID().toString().substring(0, 8);
    }

    static <T> String send(KafkaProbe kafka, EventType<T> type, String key, T payload) {
        return kafka.sendCloudEvent(type.topic().name(), key, type.ceType(), null, EventCodec.toJsonText(payload));
    }
}
