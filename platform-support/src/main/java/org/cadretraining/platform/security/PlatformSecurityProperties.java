package org.cadretraining.platform.security;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How a service trusts the province's identity provider, and how it signs in to its peers.
 *
 * @param issuerUri      the OIDC issuer whose tokens the service accepts (and only those)
 * @param jwkSetUri      its signing keys; found through the issuer's discovery document when unset
 * @param principalClaim the claim that names the user (the actor of every audit line): {@code sub} by default
 * @param administrators subjects that administer the whole platform, to bootstrap the first grants
 * @param clockSkew      how far a token's times may disagree with this machine's clock
 * @param client         this service's own client, for the client-credentials flow to its peers
 */
@ConfigurationProperties("platform.security")
public record PlatformSecurityProperties(String issuerUri, String jwkSetUri, String principalClaim,
                                         List<String> administrators, Duration clockSkew, Client client) {
    public PlatformSecurityProperties {
        principalClaim = principalClaim == null || principalClaim.isBlank() ? "sub" : principalClaim;
        administrators = administrators == null ? List.of()
                : administrators.stream().map(String::strip).filter(s -> !s.isEmpty()).toList();
        clockSkew = clockSkew == null ? Duration.ofSeconds(30) : clockSkew;
    }

    /**
     * @param id       the client id registered with the identity provider
     * @param secret   its secret
     * @param scopes   the scopes it asks for
     * @param tokenUri the token endpoint; {@code <issuer>/oauth2/token} when unset
     */
    public record Client(String id, String secret, List<String> scopes, String tokenUri) {
        public boolean configured() {
            return id != null && !id.isBlank();
        }
    }
}
