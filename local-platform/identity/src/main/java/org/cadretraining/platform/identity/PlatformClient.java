package org.cadretraining.platform.identity;

import java.time.Duration;
import java.util.List;
import java.util.Set;

/**
 * An application registered with the identity provider.
 *
 * @param clientId               its id
 * @param secret                 its secret; null for a public client (a browser page or a command line), which must
 *                               use PKCE instead
 * @param signsInUsers           whether it signs users in (authorization code with PKCE, refresh tokens)
 * @param redirectUris           where the provider may send a user back with a code
 * @param postLogoutRedirectUris where it may send them after signing out
 * @param scopes                 the scopes it may ask for
 * @param accessTokenTtl         how long its access tokens live
 */
public record PlatformClient(String clientId, String secret, boolean signsInUsers, Set<String> redirectUris,
                             Set<String> postLogoutRedirectUris, Set<String> scopes, Duration accessTokenTtl) {
    /** The command-line client (and the tests): signs a user in through the login form, back to a loopback address. */
    public static final String CLI = "platform-cli";
    /** Any port on the loopback address is accepted for it (RFC 8252). */
    public static final String CLI_REDIRECT = "http://127.0.0.1/callback";
    /** The scope a service asks for to read the registry's cadre facts (no national ID). */
    public static final String REGISTRY_CADRE_FACTS = "registry.cadre-facts";
    /** The scope reporting instances read one another's stores with. */
    public static final String REPORTING_STORES = "reporting.stores";

    /** The officials' web entry (BFF): a confidential client that signs users in. */
    public static PlatformClient web(String baseUrl, String secret) {
        return new PlatformClient("platform-web", secret, true, Set.of(baseUrl + "/login/oauth2/code/platform"),
                Set.of(baseUrl + "/"), Set.of("openid", "profile"), Duration.ofMinutes(5));
    }

    /** Swagger UI of each service: a public client with PKCE. */
    public static PlatformClient swagger(List<String> serviceBaseUrls) {
        return new PlatformClient("platform-swagger", null, true,
                Set.copyOf(serviceBaseUrls.stream().map(u -> u + "/swagger-ui/oauth2-redirect.html").toList()), Set.of(),
                Set.of("openid", "profile"), Duration.ofMinutes(5));
    }

    public static PlatformClient cli() {
        return new PlatformClient(CLI, null, true, Set.of(CLI_REDIRECT), Set.of(), Set.of("openid", "profile"),
                Duration.ofMinutes(10));
    }

    /** A service calling its peers with its own token (client credentials). */
    public static PlatformClient service(String clientId, String secret, String... scopes) {
        return new PlatformClient(clientId, secret, false, Set.of(), Set.of(), Set.of(scopes), Duration.ofMinutes(5));
    }
}
