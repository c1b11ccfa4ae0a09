package org.cadretraining.platform.securitytest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.cadretraining.events.vocabulary.AccessRole;
import org.cadretraining.events.vocabulary.UnitLevel;
import org.cadretraining.platform.identity.IdentityProvider;
import org.cadretraining.platform.identity.IdentitySettings;
import org.cadretraining.platform.identity.PlatformClient;
import org.cadretraining.platform.identity.SignIn;
import org.cadretraining.platform.infrastructure.AccessFixture;
import org.cadretraining.platform.infrastructure.ApiClient;
import org.cadretraining.platform.infrastructure.SpringTestInfrastructure;
import org.cadretraining.platform.security.PersonalDataAccessLog;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The platform's security chain in a small service, on the real broker, database and identity provider: tokens are
 * signed in for through the provider's login form, grants arrive as the registry's events.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.application.name=security-probe", "spring.flyway.locations=classpath:db/platform",
        // Expired means expired: no grace, so that the test need not wait out the production skew.
        "platform.security.clock-skew=0s"})
class PlatformSecurityTest {
    private static final IdentityProvider PROVIDER = IdentityProvider.shared();
    private static AccessFixture registry;
    private static String province;
    private static String district;
    private static String otherDistrict;

    @LocalServerPort
    int port;

    @Autowired
    PersonalDataAccessLog log;

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry properties) {
        SpringTestInfrastructure.register(properties, "security");
    }

    @BeforeAll
    static void tree() {
        registry = new AccessFixture();
        province = registry.unit(UUID.randomUUID().toString(), null, UnitLevel.PROVINCE);
        district = registry.unit(UUID.randomUUID().toString(), province, UnitLevel.DISTRICT);
        otherDistrict = registry.unit(UUID.randomUUID().toString(), province, UnitLevel.DISTRICT);
    }

    @AfterAll
    static void close() {
        registry.close();
    }

    private ApiClient api() {
        return ApiClient.localhost(port);
    }

    private ApiClient as(String token) {
        return api().withToken(token);
    }

    @Autowired
    org.springframework.context.ApplicationContext context;

    @Test
    void theRouteCheckFindsTheRoutesAndTheOneWithoutARule() {
        var routes = org.cadretraining.platform.security.RouteAccessCheck.routes(context);
        assertThat(routes).extracting(r -> r.pattern()).contains("/probe/me", "/probe/forgotten", "/api/v1/access-log");
        org.assertj.core.api.Assertions.assertThatThrownBy(() ->
                org.cadretraining.platform.security.RouteAccessCheck.assertEveryRouteHasARule(context))
                .hasMessageContaining("/probe/forgotten").hasMessageNotContaining("/probe/me ");
        org.cadretraining.platform.security.RouteAccessCheck.assertAnonymousCallsAre401(context, api());
        org.cadretraining.platform.security.RouteAccessCheck.assertUngrantedCallsAre403(context, as(PROVIDER.tokenFor("no.grants.at.all")));
    }

    @Test
    void noTokenIs401WithABearerChallengeAndAProblem() {
        ApiClient.Response response = api().get("/probe/me");
        assertThat(response.status()).isEqualTo(401);
        assertThat(response.headers().get("www-authenticate")).anySatisfy(h -> assertThat(h).startsWith("Bearer"));
        assertThat(response.json().path("type").asText()).endsWith("/unauthenticated");
    }

    @Test
    void anIdentityInAHeaderIsNotAnIdentity() {
        assertThat(api().withHeader("X-Acting-User", "admin").get("/probe/me").status()).isEqualTo(401);
        assertThat(api().get("/probe/me?actingUser=admin").status()).isEqualTo(401);
    }

    @Test
    void healthIsPublicAndTheRestOfOperationsIsNot() {
        assertThat(api().get("/actuator/health").status()).isIn(200, 503);
        assertThat(api().get("/actuator/metrics").status()).isEqualTo(401);
    }

    @Test
    void aSignedInUserIsNamedByTheirTokensSubject() {
        String token = PROVIDER.tokenFor("le.van.c");
        assertThat(as(token).get("/probe/me").expect(200).body()).isEqualTo("le.van.c");
    }

    @Test
    void aTamperedTokenIsRefused() {
        String token = PROVIDER.tokenFor("pham.thi.d");
        String[] parts = token.split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8).replace("pham.thi.d", "admin");
        String forged = parts[0] + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(payload.getBytes(StandardCharsets.UTF_8))
                + "." + parts[2];
        assertThat(as(forged).get("/probe/me").status()).isEqualTo(401);
    }

    @Test
    void aTokenSignedWithAnotherKeyIsRefused() throws Exception {
        String header = b64("{\"alg\":\"RS256\",\"typ\":\"JWT\"}");
        long now = System.currentTimeMillis() / 1000;
        String payload = b64("{\"sub\":\"admin\",\"iss\":\"" + PROVIDER.issuer() + "\",\"iat\":" + now + ",\"exp\":" + (now + 300) + "}");
        var keys = KeyPairGenerator.getInstance("RSA");
        keys.initialize(2048);
        Signature signer = Signature.getInstance("SHA256withRSA");
        signer.initSign(keys.generateKeyPair().getPrivate());
        signer.update((header + "." + payload).getBytes(StandardCharsets.US_ASCII));
        String forged = header + "." + payload + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(signer.sign());
        assertThat(as(forged).get("/probe/me").status()).isEqualTo(401);
    }

    @Test
    void aTokenOfAnotherIssuerIsRefused() {
        try (IdentityProvider other = IdentityProvider.start(new IdentitySettings(0, Map.of("admin", "other-password"),
                List.of(PlatformClient.cli()), List.of()))) {
            String foreign = other.signIn("admin", "other-password");
            assertThat(as(foreign).get("/probe/me").status()).isEqualTo(401);
        }
    }

    @Test
    void anExpiredTokenIsRefused() {
        // The provider's keys are fetched on first use: a warm-up, so that the token is tried well within its life.
        as(PROVIDER.tokenFor("warm.up")).get("/probe/me").expect(200);
        String token = SignIn.clientCredentials(PROVIDER.issuer(), IdentityProvider.EXPIRING_CLIENT, IdentityProvider.STRANGER_SECRET);
        assertThat(as(token).get("/probe/me").expect(200).body()).isEqualTo(IdentityProvider.EXPIRING_CLIENT);
        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> assertThat(as(token).get("/probe/me").status()).isEqualTo(401));
    }

    @Test
    void aRouteWithoutARuleIsRefusedToEveryoneEvenTheAdministrator() {
        String admin = PROVIDER.tokenFor(SpringTestInfrastructure.ADMINISTRATOR);
        ApiClient.Response response = as(admin).get("/probe/forgotten");
        assertThat(response.status()).isEqualTo(403);
        assertThat(response.body()).doesNotContain("should never be seen");
    }

    @Test
    void aUserWithoutAGrantIs403BeforeTheBodyIsEvenRead() {
        String token = PROVIDER.tokenFor("nobody.granted");
        ApiClient.Response response = as(token).post("/probe/units/" + district + "/cadres", "not json at all");
        assertThat(response.status()).isEqualTo(403);
        assertThat(response.json().path("type").asText()).endsWith("/access-denied");
    }

    @Test
    void aGrantTakesEffectWithinSecondsCoversTheSubtreeOnlyAndARevocationTakesItBack() {
        String subject = "can.bo.huyen." + UUID.randomUUID().toString().substring(0, 6);
        String token = PROVIDER.tokenFor(subject);
        ApiClient user = as(token);
        assertThat(user.post("/probe/units/" + district + "/cadres", Map.of("name", "A")).status()).isEqualTo(403);

        String grant = registry.grant(subject, AccessRole.PERSONNEL_OFFICER, district);
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                assertThat(user.post("/probe/units/" + district + "/cadres", Map.of("name", "A")).expect(200).body())
                        .isEqualTo("registered A by " + subject));
        ApiClient.Response elsewhere = user.post("/probe/units/" + otherDistrict + "/cadres", Map.of("name", "B"));
        assertThat(elsewhere.status()).isEqualTo(403);
        assertThat(user.post("/probe/units/" + province + "/cadres", Map.of("name", "C")).status()).isEqualTo(403);

        registry.revoke(grant, subject, AccessRole.PERSONNEL_OFFICER, district);
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                assertThat(user.post("/probe/units/" + district + "/cadres", Map.of("name", "A")).status()).isEqualTo(403));
    }

    @Test
    void aServiceTokenPassesOnlyTheRoutesOfItsScope() {
        String enrollment = SignIn.clientCredentials(PROVIDER.issuer(), "enrollment-service",
                IdentityProvider.sharedSecret("enrollment-service"), PlatformClient.REGISTRY_CADRE_FACTS);
        assertThat(as(enrollment).get("/probe/facts").expect(200).body()).isEqualTo("facts for enrollment-service");
        assertThat(as(enrollment).get("/probe/cadres/x?unitId=" + district).status()).isEqualTo(403);
        String stranger = SignIn.clientCredentials(PROVIDER.issuer(), "stranger-service", IdentityProvider.STRANGER_SECRET);
        assertThat(as(stranger).get("/probe/facts").status()).isEqualTo(403);
    }

    @Test
    void readsOfAPersonAreLoggedWithTheTokensSubjectAndAuditorsReadTheLog() {
        String viewer = "xem.ho.so." + UUID.randomUUID().toString().substring(0, 6);
        registry.grant(viewer, AccessRole.RECORD_VIEWER, province);
        String auditor = "thanh.tra." + UUID.randomUUID().toString().substring(0, 6);
        registry.grant(auditor, AccessRole.AUDITOR, province);
        String cadre = UUID.randomUUID().toString();
        ApiClient user = as(PROVIDER.tokenFor(viewer));
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> user.get("/probe/cadres/" + cadre + "?unitId=" + district).expect(200));
        assertThat(log.readsOf(cadre)).isEqualTo(1);

        assertThat(user.get("/api/v1/access-log?subjectId=" + cadre).status()).as("a record viewer is no auditor").isEqualTo(403);
        ApiClient audit = as(PROVIDER.tokenFor(auditor));
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            var entries = audit.get("/api/v1/access-log?subjectId=" + cadre).expect(200).json();
            assertThat(entries.size()).isEqualTo(1);
            assertThat(entries.get(0).path("actor").asText()).isEqualTo(viewer);
            assertThat(entries.get(0).path("action").asText()).isEqualTo("READ_PROFILE");
        });
    }

    private static String b64(String json) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }
}
