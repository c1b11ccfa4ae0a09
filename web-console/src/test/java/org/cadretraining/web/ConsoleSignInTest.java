package org.cadretraining.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import org.cadretraining.platform.identity.Browser;
import org.cadretraining.platform.identity.IdentityProvider;
import org.cadretraining.platform.identity.IdentitySettings;
import org.cadretraining.platform.identity.PlatformClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The console's sign-in with the real embedded provider, as a browser goes through it: pages send an anonymous
 * visitor to sign in, calls answer 401; after the login form the browser holds only the console's session cookie;
 * changes need the CSRF token; sign-out ends the session and goes to the provider's end-session endpoint.
 */
class ConsoleSignInTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static IdentityProvider provider;
    private static ConfigurableApplicationContext console;
    private static String base;

    @BeforeAll
    static void start() throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        base = "http://localhost:" + port;
        provider = IdentityProvider.start(new IdentitySettings(0, Map.of("nguyen.thi.lan", "mat-khau-demo"),
                List.of(PlatformClient.web(base, "console-secret")), List.of()));
        console = WebConsoleApplication.builder().run("--server.port=" + port,
                "--spring.security.oauth2.client.provider.platform.issuer-uri=" + provider.issuer(),
                "--spring.security.oauth2.client.registration.platform.client-secret=console-secret",
                "--web.services.registry=http://localhost:9", "--web.services.enrollment=http://localhost:9",
                "--web.services.reporting=http://localhost:9");
    }

    @AfterAll
    static void stop() {
        if (console != null) {
            console.close();
        }
        if (provider != null) {
            provider.close();
        }
    }

    @Test
    void anAnonymousVisitorIsSentToSignInAndAnAnonymousCallIs401() {
        Browser browser = new Browser();
        HttpResponse<String> page = browser.get(base + "/");
        assertThat(page.statusCode()).isEqualTo(302);
        assertThat(page.headers().firstValue("Location").orElseThrow()).endsWith("/oauth2/authorization/platform");
        for (String call : List.of("/api/session", "/reporting/api/v1/units", "/registry/api/v1/access/me")) {
            HttpResponse<String> response = browser.send(HttpRequest.newBuilder(URI.create(base + call)).header("Accept", "application/json"));
            assertThat(response.statusCode()).as(call).isEqualTo(401);
        }
    }

    @Test
    void aSignedInBrowserHoldsOnlyTheConsolesSessionCookieAndNoToken() {
        Browser browser = new Browser();
        HttpResponse<String> page = browser.signIn(base + "/", "nguyen.thi.lan", "mat-khau-demo");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.uri().toString()).startsWith(base);
        assertThat(page.body()).contains("dashboard.js");
        assertThat(browser.cookie("CTP_SESSION")).isPresent();
        HttpResponse<String> session = browser.send(HttpRequest.newBuilder(URI.create(base + "/api/session")).header("Accept", "application/json"));
        assertThat(session.statusCode()).isEqualTo(200);
        JsonNode me = JSON.readTree(session.body());
        assertThat(me.path("subject").asText()).isEqualTo("nguyen.thi.lan");
        assertThat(me.path("csrf").path("token").asText()).isNotBlank();
        // Tokens stay on the server: nothing the browser receives looks like a JWT.
        assertThat(session.body() + page.body()).doesNotContainPattern("eyJ[A-Za-z0-9_-]{10,}\\.");
        assertThat(browser.cookie("CTP_SESSION").orElseThrow()).doesNotStartWith("eyJ");
    }

    @Test
    void aChangeWithoutTheCsrfTokenIsRefusedAndSignOutEndsTheSessionAtTheProviderToo() {
        Browser browser = new Browser();
        browser.signIn(base + "/", "nguyen.thi.lan", "mat-khau-demo");
        HttpResponse<String> forged = browser.postForm(base + "/logout", Map.of());
        assertThat(forged.statusCode()).isEqualTo(403);

        JsonNode me = JSON.readTree(browser.send(HttpRequest.newBuilder(URI.create(base + "/api/session"))
                .header("Accept", "application/json")).body());
        HttpResponse<String> signedOut = browser.postForm(base + "/logout",
                Map.of(me.path("csrf").path("parameterName").asText(), me.path("csrf").path("token").asText()));
        assertThat(signedOut.statusCode()).isEqualTo(302);
        String endSession = signedOut.headers().firstValue("Location").orElseThrow();
        assertThat(endSession).startsWith(provider.issuer() + "/connect/logout").contains("id_token_hint=")
                .contains("post_logout_redirect_uri=");
        HttpResponse<String> back = browser.follow(signedOut);
        assertThat(back.uri().toString()).as("back at the console, which asks to sign in again").contains("/login");
        HttpResponse<String> session = browser.send(HttpRequest.newBuilder(URI.create(base + "/api/session")).header("Accept", "application/json"));
        assertThat(session.statusCode()).isEqualTo(401);
    }
}
