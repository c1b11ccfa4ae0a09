package org.cadretraining.platform.identity;

import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Gets tokens from an OIDC provider as a real client would: a user through the authorization-code flow with PKCE,
 * signing in on the provider's login form like a browser (cookies, the form's CSRF field); a service through the
 * client-credentials flow.
 */
public final class SignIn {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final SecureRandom RANDOM = new SecureRandom();

    private SignIn() {
    }

    /** A user's access token, signing in through the login form with the command-line client. */
    public static String accessToken(String issuer, String username, String password) {
        Browser browser = new Browser();
        String verifier = random();
        String state = random();
        String redirect = PlatformClient.CLI_REDIRECT;
        String authorize = issuer + "/oauth2/authorize?" + form(Map.of("response_type", "code", "client_id", PlatformClient.CLI,
                "redirect_uri", redirect, "scope", "openid profile", "state", state, "code_challenge", challenge(verifier),
                "code_challenge_method", "S256"));
        // The provider ends at the loopback redirect, which nothing serves: its address carries the code.
        HttpResponse<String> landed = browser.signIn(authorize, username, password, redirect);
        String callback = landed.headers().firstValue("Location").orElseThrow();
        Map<String, String> query = query(URI.create(callback).getRawQuery());
        if (!state.equals(query.get("state")) || query.get("code") == null) {
            throw new IllegalStateException("No authorization code came back: " + callback);
        }
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        HttpResponse<String> tokens = send(http, HttpRequest.newBuilder(URI.create(issuer + "/oauth2/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form(Map.of("grant_type", "authorization_code", "code", query.get("code"),
                        "redirect_uri", redirect, "client_id", PlatformClient.CLI, "code_verifier", verifier)))));
        return accessTokenOf(tokens);
    }

    /** A service's access token by the client-credentials flow. */
    public static String clientCredentials(String issuer, String clientId, String secret, String... scopes) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        String basic = Base64.getEncoder().encodeToString((clientId + ":" + secret).getBytes(StandardCharsets.UTF_8));
        Map<String, String> body = new LinkedHashMap<>();
        body.put("grant_type", "client_credentials");
        if (scopes.length > 0) {
            body.put("scope", String.join(" ", scopes));
        }
        return accessTokenOf(send(http, HttpRequest.newBuilder(URI.create(issuer + "/oauth2/token"))
                .header("Authorization", "Basic " + basic)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form(body)))));
    }

    private static String accessTokenOf(HttpResponse<String> response) {
        if (response.statusCode() != 200) {
            throw new IllegalStateException("The token endpoint answered " + response.statusCode() + ": " + response.body());
        }
        JsonNode tokens = JSON.readTree(response.body());
        return tokens.path("access_token").asText();
    }

    private static HttpResponse<String> send(HttpClient http, HttpRequest.Builder request) {
        try {
            return http.send(request.header("Accept", "application/json").timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException("Could not reach the identity provider: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String form(Map<String, String> fields) {
        return fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    private static Map<String, String> query(String raw) {
        Map<String, String> values = new LinkedHashMap<>();
        if (raw != null) {
            for (String pair : raw.split("&")) {
                int eq = pair.indexOf('=');
                if (eq > 0) {
                    values.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                            URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
                }
            }
        }
        return values;
    }

    private static String random() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static String challenge(String verifier) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
